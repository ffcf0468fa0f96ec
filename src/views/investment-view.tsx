// view=investment: 附件2 in full: the total, each field and sub-field with its three amounts, as stacked
// bars (completed by end-2020, 2021–2025, the rest of the total) and as a table; the reconstructed row
// marked; from a field, its works on the map (the plan gives investment by field, not by work).
import type { AppData } from '../data.ts';
import type { Investment, Lang } from '../types.ts';
import { lang } from '../state.ts';
import { fieldKinds } from '../selection.ts';
import { StackBar } from '../charts/charts.tsx';
import { formatNumber } from '../charts/scale.ts';
import { showOnMap } from './show.ts';
import { vt } from './view-strings.ts';
import { useScrollIntoView } from './scroll.ts';
import { TermLink } from './glossary-link.tsx';
import './views.css';

export interface InvestmentRow extends Investment {
  done_2020: number | null;
  note: string | null;
}

const name = (r: { name_zh: string; name_en: string }, l: Lang) => (l === 'zh' ? r.name_zh : r.name_en);
const amount = (v: number | null, l: Lang) => (v === null ? '—' : formatNumber(v, l));

/** The three parts of a row's bar: completed by end-2020, 2021–2025, and the rest of the total. */
export function parts(r: InvestmentRow) {
  const done = r.done_2020 ?? 0;
  return [
    { value: done, cls: 'inv-done' },
    { value: r.plan_2021_2025, cls: 'inv-plan' },
    { value: Math.max(0, r.total - done - r.plan_2021_2025), cls: 'inv-rest' },
  ];
}

function ShowField({ data, row, l }: { data: AppData; row: InvestmentRow; l: Lang }) {
  const kinds = fieldKinds(data.investment, row.id);
  const works = kinds.size ? data.items.filter((i) => kinds.has(i.properties.kind)) : [];
  if (works.length === 0) return <span class="note">{vt(l, 'noLocated')}</span>;
  return (
    <button type="button" class="zoom" data-show-field={row.id} onClick={() => showOnMap({ field: row.id }, kinds)}>
      {vt(l, 'showOnMap', { n: works.length })}
    </button>
  );
}

export function InvestmentView({ data }: { data: AppData }) {
  const l = lang.value;
  const ref = useScrollIntoView<HTMLElement>('investment');
  const rows = data.investment as InvestmentRow[];
  const total = rows.find((r) => r.level === 'total')!;
  const domains = rows.filter((r) => r.level === 'domain');
  const ordered = domains.flatMap((d) => [d, ...rows.filter((r) => r.parent === d.id)]);
  const max = Math.max(...ordered.map((r) => r.total));
  const label = (r: InvestmentRow) => vt(l, 'investBar', { name: name(r, l), total: amount(r.total, l), done: amount(r.done_2020, l), plan: amount(r.plan_2021_2025, l) });
  return (
    <section class="plan-view investment-view" data-view="investment" aria-labelledby="investment-view-title" ref={ref}>
      <h2 id="investment-view-title">{vt(l, 'investTitle')}</h2>
      <p class="note">
        {vt(l, 'investIntro')} <TermLink id="fujian-2" lang={l}>{vt(l, 'investGlossary')}</TermLink>
      </p>
      <dl class="headline" data-investment-total>
        <div>
          <dt>{vt(l, 'investItems')}</dt>
          <dd data-amount="items">{vt(l, 'investItemsN', { n: total.items ?? 0 })}</dd>
        </div>
        <div>
          <dt>{vt(l, 'investTotal')}</dt>
          <dd data-amount="total">
            {formatNumber(total.total, l)} <span class="unit">{vt(l, 'investUnitShort')}</span>
          </dd>
        </div>
        <div>
          <dt>{vt(l, 'investDone')}</dt>
          <dd data-amount="done">
            {formatNumber(total.done_2020 ?? 0, l)} <span class="unit">{vt(l, 'investUnitShort')}</span>
          </dd>
        </div>
        <div>
          <dt>{vt(l, 'investPlan')}</dt>
          <dd data-amount="plan">
            {formatNumber(total.plan_2021_2025, l)} <span class="unit">{vt(l, 'investUnitShort')}</span>
          </dd>
        </div>
      </dl>
      <p class="investment-note" role="note">
        {vt(l, 'investNote')}
      </p>
      <h3>{vt(l, 'investChartTitle')}</h3>
      <ul class="chart-key" aria-hidden="true">
        <li>
          <span class="key inv-done" />
          {vt(l, 'investDone')}
        </li>
        <li>
          <span class="key inv-plan" />
          {vt(l, 'investPlan')}
        </li>
        <li>
          <span class="key inv-rest" />
          {vt(l, 'investRest')}
        </li>
      </ul>
      <div class="inv-bars" aria-describedby="investment-table">
        {ordered.map((r) => (
          <div key={r.id} class={`inv-bar level-${r.level}`} data-bar={r.id}>
            <span class="inv-name">
              {name(r, l)}
              {r.reconstructed && <span class="badge reconstructed">{vt(l, 'reconstructed')}</span>}
            </span>
            <StackBar parts={parts(r)} max={max} title={label(r)} />
            <span class="inv-amount">{formatNumber(r.total, l)}</span>
          </div>
        ))}
      </div>
      <table class="investment-table" id="investment-table">
        <caption>{vt(l, 'investTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{vt(l, 'colField')}</th>
            <th scope="col">{vt(l, 'colItems')}</th>
            <th scope="col">{vt(l, 'investTotal')}</th>
            <th scope="col">{vt(l, 'investDone')}</th>
            <th scope="col">{vt(l, 'investPlan')}</th>
            <th scope="col">{vt(l, 'colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {[total, ...ordered].map((r) => (
            <tr key={r.id} data-field-row={r.id} class={`level-${r.level}${r.reconstructed ? ' reconstructed' : ''}`}>
              <th scope="row">
                {name(r, l)}
                <span class="other-name" lang={l === 'zh' ? 'en' : 'zh-CN'}>
                  {l === 'zh' ? r.name_en : r.name_zh}
                </span>
                {r.reconstructed && (
                  <span class="badge reconstructed" data-reconstructed>
                    {vt(l, 'reconstructed')}
                  </span>
                )}
                {r.level !== 'total' && (
                  <span class="show">
                    <ShowField data={data} row={r} l={l} />
                  </span>
                )}
              </th>
              <td class="num">{r.items ?? ''}</td>
              <td class="num">{formatNumber(r.total, l)}{r.reconstructed ? '†' : ''}</td>
              <td class="num" title={r.done_2020 === null ? vt(l, 'blankCell') : undefined}>
                {amount(r.done_2020, l)}
              </td>
              <td class="num">{formatNumber(r.plan_2021_2025, l)}</td>
              <td class="line">{vt(l, 'lineN', { n: r.source.line })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note">† {vt(l, 'reconstructedNote')}</p>
      <p class="note">{vt(l, 'blankNote')}</p>
    </section>
  );
}
