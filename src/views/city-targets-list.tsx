// For the city panel: the plan targets the city's works serve (targets whose kinds include theirs) and
// the 附件2 fields of its works, with how many of the city's works each concerns. The plan gives
// investment by field only: the amounts are the fields', never the city's.
import type { Lang, PlanItem } from '../types.ts';
import { dataset } from '../state.ts';
import { investmentFor } from '../investment.ts';
import { vt as st } from './view-strings.ts';

export function CityTargetsList({ works, lang }: { works: PlanItem[]; lang: Lang }) {
  const data = dataset.value;
  if (!data || works.length === 0) return null;
  const name = (r: { name_zh: string; name_en: string }) => (lang === 'zh' ? r.name_zh : r.name_en);
  const served = data.targets
    .map((tg) => ({ tg, n: works.filter((w) => tg.kinds?.includes(w.properties.kind)).length }))
    .filter((x) => x.n > 0);
  const fields = investmentFor(data.investment, works);
  const num = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const yi = (v: number) => (lang === 'zh' ? `${num(v)}亿元` : `${num(v)} 亿元`);
  return (
    <section class="city-targets" data-city-targets>
      {served.length > 0 && (
        <>
          <h3>{st(lang, 'cityTargets', { n: served.length })}</h3>
          <ul>
            {served.map(({ tg, n }) => (
              <li key={tg.id} data-target={tg.id}>
                {name(tg)} · {tg.year}: <strong>{tg.value_text ?? `${tg.value ?? ''} ${tg.unit}`}</strong>
                <span class="here">{st(lang, 'cityTargetsWorks', { n })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {fields.length > 0 && (
        <>
          <h3>{st(lang, 'cityFields', { n: fields.length })}</h3>
          <p class="note">{st(lang, 'cityFieldsNote')}</p>
          <ul>
            {fields.map(({ row, works: here }) => (
              <li key={row.id} data-field={row.id}>
                {name(row)} · {st(lang, 'cityFieldAmount', { total: yi(row.total), plan: yi(row.plan_2021_2025) })}
                <span class="here">{st(lang, 'cityTargetsWorks', { n: here.length })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
