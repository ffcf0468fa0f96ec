// view=targets: 表2's 20 indicators with their charts (levels on a time axis, rates and changes apart,
// binding and expected told apart) and every other target with a figure, by domain; searchable and
// filterable; a target with works of its kinds shows them on the map.
import { useEffect, useState } from 'preact/hooks';
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';
import { lang } from '../state.ts';
import { STATUSES, TARGET_DOMAINS } from '../plan/vocab.ts';
import { LevelChart, RateChart, type LevelBar, type RateBar } from '../charts/charts.tsx';
import { formatNumber } from '../charts/scale.ts';
import { allTargets, loadTargets, targetsError } from './load.ts';
import { countByStatus, matchesText, otherTargets, table2Indicators, TABLE2_SECTIONS, worksForTarget, type Indicator, type TargetRow } from './targets-data.ts';
import { showOnMap } from './show.ts';
import { vt, vtOf, type VKey } from './view-strings.ts';
import { st } from './strings.ts';
import { useScrollIntoView } from './scroll.ts';
import { TermLink } from './glossary-link.tsx';
import './views.css';

/** 表2's units as the plan prints them in the indicator's name. */
const TABLE2_UNIT_ZH: Record<number, string> = { 5: '件', 9: '年', 10: '人', 12: '位', 13: '岁', 19: '万吨', 20: '万吨标准煤' };
/** Chinese for the units shown without the plan's own wording (others: the number alone, the quote says the rest). */
const ZH_UNITS: Record<string, string> = { '%': '%', km: '公里', hours: '小时', minutes: '分钟', 'percentage points': '个百分点', 'percentage points/yr': '个百分点/年', 'm² per person': '平方米/人' };

const name = (t: { name_zh: string; name_en: string }, l: Lang) => (l === 'zh' ? t.name_zh : t.name_en);
const unitOf = (ind: Indicator, l: Lang) => (l === 'zh' ? (TABLE2_UNIT_ZH[ind.row] ?? (ind.unit === '%' ? '%' : '')) : ind.unit);
const approx = (t: TargetRow) => (/左右|约/.test(t.value_text ?? '') ? '≈' : '');

/** The value of a target row as text, in the reader's language. */
function valueText(t: TargetRow, l: Lang): string {
  if (t.value === null) return t.value_text ?? '—';
  if (l === 'zh' && t.value_text) return t.value_text;
  const u = l === 'zh' ? (ZH_UNITS[t.unit] ?? '') : t.unit;
  return `${approx(t)}${formatNumber(t.value, l)}${u === '%' ? '%' : u ? ` ${u}` : ''}`;
}

function Mark({ binding, l }: { binding: 'binding' | 'expected'; l: Lang }) {
  return (
    <span class={`mark mark-${binding}`} data-binding={binding} title={vt(l, binding === 'binding' ? 'bindingTitle' : 'expectedTitle')}>
      {vt(l, binding)}
    </span>
  );
}

function ShowButton({ data, ids, l }: { data: AppData; ids: string[]; l: Lang }) {
  // the first of the rows that the start-up data links to kinds (the filter's known ids)
  const target = data.targets.find((t) => ids.includes(t.id));
  if (!target) return null;
  const works = worksForTarget(data.items, target);
  if (works.length === 0) return null;
  const byStatus = countByStatus(works, Object.keys(STATUSES))
    .map(([s, n]) => `${STATUSES[s as keyof typeof STATUSES][l]} ${n}`)
    .join(l === 'zh' ? '，' : ', ');
  return (
    <p class="show-on-map">
      <button type="button" class="zoom" data-show-target={target.id} onClick={() => showOnMap({ target: target.id }, new Set(target.kinds))}>
        {vt(l, 'showOnMap', { n: works.length })}
      </button>
      <span class="note">{vt(l, 'worksByStatus', { v: byStatus })}</span>
    </p>
  );
}

function IndicatorCard({ ind, data, l }: { ind: Indicator; data: AppData; l: Lang }) {
  const nm = name(ind, l);
  const u = unitOf(ind, l);
  const tableId = `t2-${ind.row}-table`;
  const levels: LevelBar[] = ind.levels.map((p) => ({ year: p.year, value: p.value, target: p.target, label: p.starred ? `${p.year}*` : String(p.year) }));
  const rates: RateBar[] = ind.rates.map((t) => ({
    label: t.basis === 'actual' ? vt(l, 'rateYear', { y: t.year }) : vt(l, 'rateAvg'),
    value: t.value!,
    target: t.basis === 'target',
    text: `${approx(t)}${formatNumber(t.value!, l)}%${vt(l, 'perYear')}`,
  }));
  const changes: RateBar[] = ind.changes.map((t) => ({ label: vt(l, 'change'), value: t.value!, target: true, text: `［${t.value! > 0 ? '+' : ''}${formatNumber(t.value!, l)}］` }));
  const list = (bars: { label: string; text?: string; value: number }[]) => bars.map((b) => `${b.label} ${b.text ?? formatNumber(b.value, l)}`).join('; ');
  const no2025 = ind.levels.length > 0 && !ind.levels.some((p) => p.target) && ind.unquantified.length > 0;
  return (
    <article class={`indicator indicator-${ind.binding}`} data-indicator={ind.row} data-binding={ind.binding} aria-labelledby={`t2-${ind.row}`}>
      <header>
        <span class="row-no" aria-hidden="true">
          {ind.row}
        </span>
        <h5 id={`t2-${ind.row}`}>
          {nm}
          {u && <span class="unit">{l === 'zh' ? `（${u}）` : ` (${u})`}</span>}
        </h5>
        <Mark binding={ind.binding} l={l} />
      </header>
      <div class="indicator-body">
        <div class="charts">
          {levels.length > 0 && <LevelChart bars={levels} binding={ind.binding} lang={l} describedBy={tableId} title={vt(l, 'chartLevel', { name: nm, values: list(levels.map((b) => ({ ...b, label: b.label }))) })} />}
          {rates.length > 0 && <RateChart bars={rates} binding={ind.binding} lang={l} describedBy={tableId} title={vt(l, 'chartRate', { name: nm, values: list(rates) })} />}
          {changes.length > 0 && <RateChart bars={changes} binding={ind.binding} lang={l} describedBy={tableId} title={vt(l, 'chartChange', { name: nm, values: list(changes) })} />}
          {no2025 && <p class="no-figure">{vt(l, 'noFigure2025')}</p>}
        </div>
        <table class="figures" id={tableId}>
          <caption class="visually-hidden">{vt(l, 'tableCaption', { name: nm })}</caption>
          <thead>
            <tr>
              <th scope="col">{vt(l, 'colYear')}</th>
              <th scope="col">{vt(l, 'colMeasure')}</th>
              <th scope="col">{vt(l, 'colValue')}</th>
              <th scope="col">{vt(l, 'colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {ind.rows.map((t) => {
              const starred = !!t.value_text?.trim().endsWith('*');
              return (
                <tr key={t.id} data-target={t.id}>
                  <th scope="row">{t.measure === 'growth' && t.basis === 'target' ? '2021–2025' : t.measure === 'cumulative' ? '2021–2025' : starred ? '2019*' : t.year}</th>
                  <td>
                    {vt(l, t.basis === 'actual' ? 'basis_actual' : 'basis_target')} · {(vtOf(l, `measure_${t.measure}`) ?? t.measure)}
                  </td>
                  <td class="num">{t.value === null ? <span lang="zh-CN">{t.value_text}</span> : t.value_text && /[^\d.*]/.test(t.value_text) ? <span lang="zh-CN">{t.value_text}</span> : `${formatNumber(t.value, l)}${starred ? '*' : ''}`}</td>
                  <td class="line">{vt(l, 'lineN', { n: t.source.line })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {ind.unquantified.length > 0 && <p class="no-figure" data-no-figure>{vt(l, ind.followsRow14 ? 'followsRow14' : 'noFigure')}</p>}
      <ShowButton data={data} ids={ind.rows.map((t) => t.id)} l={l} />
    </article>
  );
}

export function TargetsView({ data }: { data: AppData }) {
  const l = lang.value;
  const [text, setText] = useState('');
  const [domain, setDomain] = useState('');
  const ref = useScrollIntoView<HTMLElement>('targets');
  useEffect(() => void loadTargets(), []);
  const rows = allTargets.value;
  const keep = (t: { domain: string; name_zh: string; name_en: string }) => (!domain || t.domain === domain) && matchesText(t, text);
  const indicators = rows ? table2Indicators(rows).filter((ind) => (!domain || ind.domain === domain) && (matchesText(ind, text) || ind.rows.some((r) => matchesText(r, text)))) : [];
  const others = rows ? otherTargets(rows).filter(keep) : [];
  const domains = TARGET_DOMAINS.filter((d) => others.some((t) => t.domain === d));
  return (
    <section class="plan-view targets-view" data-view="targets" aria-labelledby="targets-title" ref={ref}>
      <h2 id="targets-title">{vt(l, 'targetsTitle')}</h2>
      <p class="note">{vt(l, 'targetsIntro')}</p>
      <div class="view-controls">
        <label class="filter">
          <span>{vt(l, 'targetsSearch')}</span>
          <input type="text" data-targets-search value={text} placeholder={vt(l, 'targetsSearchHint')} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="filter">
          <span>{vt(l, 'targetsDomain')}</span>
          <select data-targets-domain value={domain} onChange={(e) => setDomain(e.currentTarget.value)}>
            <option value="">{vt(l, 'anyDomain')}</option>
            {TARGET_DOMAINS.map((d) => (
              <option key={d} value={d}>
                {(vtOf(l, `domain_${d}`) ?? d)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!rows ? (
        <p class="loading">{targetsError.value ? st(l, 'viewLoadFailed', { v: targetsError.value }) : st(l, 'viewLoading')}</p>
      ) : (
        <>
          <p class="note" aria-live="polite">
            {vt(l, 'targetsCount', { n: indicators.length + others.length })}
          </p>
          <section class="table2" data-table2 aria-labelledby="table2-title">
            <h3 id="table2-title">{vt(l, 'table2Title', { n: indicators.length })}</h3>
            <p class="note">{vt(l, 'table2Note')}</p>
            <ul class="chart-key" aria-hidden="true">
              <li>
                <span class="key key-actual" />
                {vt(l, 'keyActual')}
              </li>
              <li>
                <span class="key key-binding" />
                {vt(l, 'keyBinding')}
              </li>
              <li>
                <span class="key key-expected" />
                {vt(l, 'keyExpected')}
              </li>
            </ul>
            <p class="note">
              {vt(l, 'star2019')} <TermLink id="yueshu-yuqi" lang={l}>{vt(l, 'marksGlossary')}</TermLink>
            </p>
            {TABLE2_SECTIONS.map((s) => {
              const inds = indicators.filter((i) => i.row >= s.from && i.row <= s.to);
              if (inds.length === 0) return null;
              return (
                <section key={s.id} class="table2-section" data-section={s.id}>
                  <h4>{vt(l, `section_${s.id}` as VKey)}</h4>
                  {inds.map((ind) => (
                    <IndicatorCard key={ind.row} ind={ind} data={data} l={l} />
                  ))}
                </section>
              );
            })}
          </section>
          <section class="other-targets" data-other-targets aria-labelledby="other-title">
            <h3 id="other-title">{vt(l, 'otherTitle', { n: others.length })}</h3>
            <p class="note">{vt(l, 'otherIntro')}</p>
            {domains.map((d) => {
              const group = others.filter((t) => t.domain === d);
              return (
                <section key={d} class="target-domain" data-domain={d}>
                  <h4>
                    {(vtOf(l, `domain_${d}`) ?? d)} <span class="count">({group.length})</span>
                  </h4>
                  <table class="targets-table">
                    <thead>
                      <tr>
                        <th scope="col">{vt(l, 'colName')}</th>
                        <th scope="col">{vt(l, 'colTarget')}</th>
                        <th scope="col">{vt(l, 'colSource')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {group.map((t) => (
                        <tr key={t.id} data-target={t.id}>
                          <th scope="row">
                            {name(t, l)}
                            <span class="meta">
                              {t.year} · {(vtOf(l, `measure_${t.measure}`) ?? t.measure)}
                            </span>
                            <ShowButton data={data} ids={[t.id]} l={l} />
                          </th>
                          <td class="num">
                            <strong>{valueText(t, l)}</strong>
                          </td>
                          <td class="quote">
                            <span lang="zh-CN">“{t.source.quote}”</span>
                            <span class="line">
                              {t.source.ref} · {vt(l, 'lineN', { n: t.source.line })}
                            </span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              );
            })}
          </section>
          {indicators.length + others.length === 0 && <p class="hint">{vt(l, 'noMatch')}</p>}
        </>
      )}
    </section>
  );
}
