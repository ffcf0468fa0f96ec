// Everything the plan says of one city, each statement with its source line.
import type { City, Lang, PlanItem, PlanSource } from '../types.ts';
import { WorksList } from './works-list.tsx';
import { signal } from '@preact/signals';
import { dataset } from '../state.ts';
import { CityTargets } from '../views/city-targets.tsx';
import { TermLink } from '../views/glossary-link.tsx';
import { t, type StringKey } from '../i18n.ts';
import type { ComponentChildren } from 'preact';

export function Source({ s, lang }: { s: PlanSource; lang: Lang }) {
  return (
    <span class="source" title={s.quote}>
      {s.ref} · {t(lang, 'line', { n: s.line })}
    </span>
  );
}

/** A panel's header: its name in the reader's language over the other, and a close button. */
export function PanelHeader({ id, names, lang, closeLabel, onClose, children }: { id: string; names: { name_zh: string; name_en: string }; lang: Lang; closeLabel: string; onClose: () => void; children?: ComponentChildren }) {
  return (
    <header>
      {children}
      <h2 id={id}>
        {lang === 'zh' ? names.name_zh : names.name_en}
        <span class="alt-name">{lang === 'zh' ? names.name_en : names.name_zh}</span>
      </h2>
      <button type="button" class="close" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
        ×
      </button>
    </header>
  );
}

/** How the city's works are grouped: by sector (the default) or by the county they lie in; kept from city to city. */
export const cityGrouping = signal<'sector' | 'county'>('sector');

/** The city's works, with the switch between grouping by sector and by county. */
function GroupedWorks({ city, works, lang }: { city: string; works: PlanItem[]; lang: Lang }) {
  const by = cityGrouping.value;
  return (
    <>
      <div class="views works-grouping" role="group" aria-label={t(lang, 'groupWorks')}>
        {(['sector', 'county'] as const).map((g) => (
          <button key={g} type="button" data-grouping-switch={g} aria-pressed={by === g} onClick={() => (cityGrouping.value = g)}>
            {t(lang, g === 'sector' ? 'bySector' : 'byCounty')}
          </button>
        ))}
      </div>
      <WorksList items={works} lang={lang} byCounty={by === 'county' ? { city, names: dataset.value?.countyNames ?? new Map() } : undefined} />
    </>
  );
}

export function CityPanel({ city, lang, works, onClose, onPrint }: { city: City; lang: Lang; works: PlanItem[]; onClose: () => void; onPrint?: () => void }) {
  const topics = [...new Set(city.mentions.map((m) => m.topic))];
  const sited = works.filter((w) => w.geometry);
  const programmes = works.filter((w) => !w.geometry);
  return (
    <article class="city-panel" aria-labelledby="city-title">
      <PanelHeader id="city-title" names={city} lang={lang} closeLabel={t(lang, 'backToProvince')} onClose={onClose} />
      {onPrint && (
        <p class="panel-actions">
          <button type="button" data-print-city title={t(lang, 'printReportTitle')} onClick={onPrint}>
            {t(lang, 'printReport')}
          </button>
        </p>
      )}
      <dl class="facts">
        <dt>
          <TermLink id="yihe-yidai-yiqu" lang={lang}>
            {t(lang, 'zone')}
          </TermLink>
        </dt>
        <dd>
          {city.zones.map((z) => (
            <div key={z.id} class="fact" data-zone={z.id}>
              {t(lang, `zone_${z.id}` as StringKey)}
              {z.inferred && (
                <span class="badge" title={t(lang, 'inferredTitle')}>
                  {t(lang, 'inferred')}
                </span>
              )}
              <Source s={z.source} lang={lang} />
            </div>
          ))}
        </dd>
        <dt>{t(lang, 'area')}</dt>
        <dd>{t(lang, `area_${city.area}` as StringKey)}</dd>
        <dt>
          <TermLink id="yiqun-wuquan" lang={lang}>
            {t(lang, 'circle')}
          </TermLink>
        </dt>
        <dd>
          {city.circles.map((c) => (
            <div key={c.id} class="fact" data-circle={c.id}>
              {t(lang, `circle_${c.id}` as StringKey)} · {t(lang, c.membership)}
              <Source s={c.source} lang={lang} />
            </div>
          ))}
        </dd>
        {city.roles.length > 0 && (
          <>
            <dt>{t(lang, 'roles')}</dt>
            <dd>
              <ul class="roles">
                {city.roles.map((r) => (
                  <li key={r.id}>
                    {lang === 'zh' ? r.zh : r.en} <Source s={r.source} lang={lang} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h3>{t(lang, 'worksHere', { n: sited.length })}</h3>
      {sited.length ? <GroupedWorks city={city.adcode} works={sited} lang={lang} /> : <p class="hint">{t(lang, 'noWorksHere')}</p>}
      {programmes.length > 0 && (
        // programmes the plan applies across the province or several cities, with no site: apart, closed
        <details class="programmes" data-programmes>
          <summary>{t(lang, 'programmesHere', { n: programmes.length })}</summary>
          <WorksList items={programmes} lang={lang} />
        </details>
      )}
      <CityTargets works={works} lang={lang} />
      <h3>{t(lang, 'mentions')}</h3>
      {topics.map((topic) => (
        <section key={topic} class="topic">
          <h4>{t(lang, `topic_${topic}` as StringKey)}</h4>
          <ul>
            {city.mentions
              .filter((m) => m.topic === topic)
              .map((m, i) => (
                <li key={i}>
                  <p>{lang === 'zh' ? m.zh : m.en}</p>
                  {(lang === 'en' || m.zh !== m.source.quote) && <blockquote lang="zh-CN">“{m.source.quote}”</blockquote>}
                  <Source s={m.source} lang={lang} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
