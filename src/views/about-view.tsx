// view=about: what the data is and how it was made, the precision levels, the statuses and the plan's
// words behind them, sources and licences, the 示意图 disclaimer, and the glossary of the plan's terms
// (each entry at #glossary-<id>, opened by term=<id>), in both languages.
import { useEffect } from 'preact/hooks';
import type { Lang } from '../types.ts';
import { lang, term } from '../state.ts';
import { t } from '../i18n.ts';
import { PRECISIONS, STATUSES } from '../plan/vocab.ts';
import { GLOSSARY } from './glossary.ts';
import { glossaryHref } from './glossary-words.ts';
import { vt, vtOf, type VKey } from './view-strings.ts';
import { useScrollIntoView } from './scroll.ts';
import './views.css';

const SOURCES: { what: VKey; licence: VKey | string; version?: string }[] = [
  { what: 'src_plan', licence: 'lic_plan' },
  { what: 'src_echarts', licence: 'Apache-2.0' },
  { what: 'src_world', licence: 'lic_world' },
  { what: 'src_gcoord', licence: 'MIT' },
  { what: 'src_mapshaper', licence: 'MPL-2.0' },
  { what: 'src_code', licence: 'MIT' },
];

function Glossary({ l }: { l: Lang }) {
  const open = term.value;
  useEffect(() => {
    if (open) document.getElementById(`glossary-${open}`)?.scrollIntoView({ block: 'start' });
  }, [open]);
  const other: Lang = l === 'zh' ? 'en' : 'zh';
  return (
    <section class="glossary" aria-labelledby="glossary-title" data-glossary>
      <h3 id="glossary-title">{vt(l, 'glossaryTitle')}</h3>
      <p class="note">{vt(l, 'glossaryIntro')}</p>
      <dl>
        {GLOSSARY.map((g) => (
          <div key={g.id} id={`glossary-${g.id}`} class={`term${open === g.id ? ' open' : ''}`} data-term-entry={g.id} tabIndex={-1}>
            <dt>
              <span lang="zh-CN" class="term-zh">
                {g.zh}
              </span>
              <span lang="en" class="term-en">
                {g.en}
              </span>
              <a
                class="term-anchor"
                href={glossaryHref(g.id, l)}
                aria-label={`${vt(l, 'glossaryLinkCopy')}: ${l === 'zh' ? g.zh : g.en}`}
                onClick={(e) => {
                  e.preventDefault();
                  term.value = g.id;
                }}
              >
                #
              </a>
            </dt>
            <dd>
              <p>{l === 'zh' ? g.def_zh : g.def_en}</p>
              <p class="other-lang" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {other === 'zh' ? g.def_zh : g.def_en}
              </p>
              <blockquote lang="zh-CN">“{g.source.quote}”</blockquote>
              <p class="line">
                {vt(l, 'glossarySource', { n: g.source.line })}
                {g.also?.length ? ` · ${vt(l, 'glossaryAlso')} ${g.also.map((a) => vt(l, 'lineN', { n: a.line })).join(l === 'zh' ? '、' : ', ')}` : ''}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function AboutView() {
  const l = lang.value;
  const ref = useScrollIntoView<HTMLElement>('about');
  return (
    <section class="plan-view about-view" data-view="about" aria-labelledby="about-title" ref={ref}>
      <h2 id="about-title">{vt(l, 'aboutTitle')}</h2>
      <p>{vt(l, 'aboutWhat')}</p>
      <p>{vt(l, 'aboutHow')}</p>
      <h3>{vt(l, 'disclaimerTitle')}</h3>
      <p class="disclaimer">{t(l, 'disclaimer')}</p>
      <h3>{vt(l, 'precisionsTitle')}</h3>
      <dl class="about-list" data-precisions>
        {(Object.keys(PRECISIONS) as (keyof typeof PRECISIONS)[]).map((p) => (
          <div key={p} data-precision={p}>
            <dt>{PRECISIONS[p][l]}</dt>
            <dd>{vtOf(l, `precision_${p}`) ?? (l === 'en' ? PRECISIONS[p].note : '')}</dd>
          </div>
        ))}
      </dl>
      <h3>{vt(l, 'statusesTitle')}</h3>
      <p class="note">{vt(l, 'statusesIntro')}</p>
      <dl class="about-list" data-statuses>
        {(Object.keys(STATUSES) as (keyof typeof STATUSES)[]).map((s) => (
          <div key={s} data-status={s}>
            <dt>
              {STATUSES[s][l]}
              {l === 'en' && (
                <span class="other-name" lang="zh-CN">
                  {' '}
                  {STATUSES[s].zh}
                </span>
              )}
            </dt>
            <dd>
              {vt(l, 'statusPlanWords')}: <span lang="zh-CN">{STATUSES[s].plan}</span>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{vt(l, 'sourcesTitle')}</h3>
      <table class="sources-table">
        <thead>
          <tr>
            <th scope="col">{vt(l, 'colWhat')}</th>
            <th scope="col">{vt(l, 'colLicence')}</th>
          </tr>
        </thead>
        <tbody>
          {SOURCES.map((s) => (
            <tr key={s.what}>
              <td>{vt(l, s.what)}</td>
              <td>{s.licence.startsWith('lic_') ? vt(l, s.licence as VKey) : s.licence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">{t(l, 'attribution')}</p>
      <Glossary l={l} />
    </section>
  );
}
