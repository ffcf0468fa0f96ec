// The printed report (A4 portrait): the map as it stands, what the selection is, the city's zone,
// circle and roles when a city is open, its works by sector with status and plan line, the targets
// they serve, the 附件2 fields, sources and the 示意图 disclaimer. Rendered only while printing, from
// the "print report" button or any browser print (beforeprint); no controls.
import { signal } from '@preact/signals';
import type { Map as MlMap } from 'maplibre-gl';
import type { AppData } from '../data.ts';
import type { Lang, PlanItem } from '../types.ts';
import { city, filters, lang, listed, settledText } from '../state.ts';
import { t, cityName, type StringKey } from '../i18n.ts';
import { groupBy, targetsForWorks } from '../items.ts';
import { SECTORS, PRECISIONS, type Sector } from '../plan/vocab.ts';
import { kindLabel, statusLabel } from '../panels/item-card.tsx';
import { InvestmentContext } from '../panels/investment-context.tsx';
import { scopeOf } from '../panels/export-bar.tsx';
import { sectorColour, css } from '../palette.ts';
import { composeMapImage, type ImageText } from '../export/map-image.ts';

/** Set while the page prints: the report is rendered, and print media shows only it. */
export const printing = signal(false);
/** The map image of the report (a data URL), taken as printing starts. */
const mapImage = signal<string | null>(null);

/** Takes the map's picture and renders the report; synchronous, so it works inside beforeprint. */
export function preparePrint(data: AppData, map: MlMap | null, text: (works: PlanItem[], place: string | null) => ImageText) {
  const c = city.peek() ? data.cityById.get(city.peek()!) : undefined;
  try {
    mapImage.value = map ? composeMapImage(map, text(reportWorks(listed.peek(), c?.adcode ?? null), c ? cityName(c, lang.peek()) : null)).toDataURL('image/png') : null;
  } catch {
    mapImage.value = null;
  }
  printing.value = true;
}

/** The works the report lists: the selection, within the open city. */
export const reportWorks = (works: readonly PlanItem[], adcode: string | null) => (adcode ? works.filter((w) => w.properties.cities.includes(adcode)) : [...works]);

function Targets({ data, works, lang: l }: { data: AppData; works: PlanItem[]; lang: Lang }) {
  const served = targetsForWorks(data.targets, works);
  if (!served.length) return null;
  return (
    <section class="report-targets">
      <h2>{t(l, 'reportTargets')}</h2>
      <table>
        <tbody>
          {served.map((tg) => (
            <tr key={tg.id}>
              <td>{l === 'zh' ? tg.name_zh : tg.name_en}</td>
              <td class="num">
                {tg.year}: {tg.value_text ?? `${tg.value ?? ''} ${tg.unit}`}
              </td>
              <td class="src">
                {tg.source.ref} · {t(l, 'lineN', { n: tg.source.line })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function PrintReport({ data }: { data: AppData }) {
  if (!printing.value) return null;
  const l = lang.value;
  const c = city.value ? data.cityById.get(city.value) : undefined;
  const works = reportWorks(listed.value, c?.adcode ?? null);
  const groups = groupBy(works, (w) => w.properties.sector as Sector, Object.keys(SECTORS) as Sector[]);
  const today = new Date().toLocaleDateString(l === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <article class="print-report" data-print-report lang={l === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <p class="eyebrow">{t(l, 'title')}</p>
        <h1>{c ? t(l, 'reportTitleCity', { v: l === 'zh' ? c.name_zh : c.name_en }) : t(l, 'reportTitle')}</h1>
        <p class="scope">{[c && cityName(c, l), scopeOf(data, filters.value, settledText.value.trim(), works.length, l)].filter(Boolean).join(' · ')}</p>
        {c && works.length < (data.index.byCity.get(c.adcode)?.length ?? 0) && <p class="meta">{t(l, 'reportPartial', { n: data.index.byCity.get(c.adcode)!.length })}</p>}
        <p class="meta">
          {t(l, 'reportPrinted', { v: today })} · <span class="link-text">{location.href}</span>
        </p>
      </header>
      {mapImage.value && <img class="report-map" src={mapImage.value} alt={t(l, 'reportMapAlt')} />}
      {c && (
        <section class="report-facts">
          <dl>
            <dt>{t(l, 'zone')}</dt>
            <dd>
              {c.zones.map((z) => (
                <span key={z.id}>
                  {t(l, `zone_${z.id}` as StringKey)} <small>({z.source.ref} · {t(l, 'lineN', { n: z.source.line })})</small>{' '}
                </span>
              ))}
            </dd>
            <dt>{t(l, 'circle')}</dt>
            <dd>
              {c.circles.map((k) => (
                <span key={k.id}>
                  {t(l, `circle_${k.id}` as StringKey)} · {t(l, k.membership)} <small>({t(l, 'lineN', { n: k.source.line })})</small>{' '}
                </span>
              ))}
            </dd>
            {c.roles.length > 0 && (
              <>
                <dt>{t(l, 'roles')}</dt>
                <dd>
                  <ul>
                    {c.roles.map((r) => (
                      <li key={r.id}>
                        {l === 'zh' ? r.zh : r.en} <small>({r.source.ref} · {t(l, 'lineN', { n: r.source.line })})</small>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
      <section class="report-works">
        <h2>{t(l, 'reportWorks', { n: works.length })}</h2>
        {groups.map(([sector, list]) => (
          <table key={sector} data-sector={sector}>
            <caption>
              <span class="swatch" style={{ background: css(sectorColour(sector)) }} />
              {SECTORS[sector]?.[l] ?? sector} ({list.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(l, 'colName')}</th>
                <th scope="col">{t(l, 'colKind')}</th>
                <th scope="col">{t(l, 'colStatus')}</th>
                <th scope="col">{t(l, 'colCities')}</th>
                <th scope="col">{t(l, 'colLine')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((w) => {
                const p = w.properties;
                return (
                  <tr key={w.id} data-report-item={w.id}>
                    <th scope="row">
                      {l === 'zh' ? p.name_zh : p.name_en}
                      <small>{l === 'zh' ? p.name_en : p.name_zh}</small>
                    </th>
                    <td>
                      {kindLabel(p.sector, p.kind, l)}
                      <small>{PRECISIONS[p.precision]?.[l]}</small>
                    </td>
                    <td>
                      {statusLabel(p.status, l)}
                      <small lang="zh-CN">“{p.status_zh}”</small>
                    </td>
                    <td>{p.cities.map((a) => cityName(data.cityById.get(a)!, l)).join(l === 'zh' ? '、' : ', ')}</td>
                    <td class="src">
                      {p.source.ref} · {t(l, 'lineN', { n: p.source.line })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </section>
      <Targets data={data} works={works} lang={l} />
      <InvestmentContext data={data} works={works} lang={l} />
      <footer>
        <p class="disclaimer">{t(l, 'disclaimer')}</p>
        <p>{t(l, 'reportSources')}</p>
        <p>{t(l, 'attribution')}</p>
      </footer>
    </article>
  );
}
