// A list of plan works grouped by sector (or, in a city, by county), with counts; choosing one selects it on the map.
import type { CountyName, Lang, PlanItem } from '../types.ts';
import { groupBy, groupByCounty } from '../items.ts';
import { SECTORS, type Sector } from '../plan/vocab.ts';
import { kindLabel, statusLabel } from './item-card.tsx';
import { item } from '../state.ts';
import { SECTOR_COLOURS, css } from '../palette.ts';
import { t } from '../i18n.ts';

function Works({ list, lang }: { list: PlanItem[]; lang: Lang }) {
  return (
    <ul>
      {list.map((i) => (
        <li key={i.id}>
          <button type="button" class="work" data-item={i.id} onClick={() => (item.value = i.id)}>
            <span class="work-name">{lang === 'zh' ? i.properties.name_zh : i.properties.name_en}</span>
            <span class="work-meta">
              {kindLabel(i.properties.sector, i.properties.kind, lang)} · {statusLabel(i.properties.status, lang)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** `byCounty`: group a city's works by the county they lie in (the city, the county names) instead of by sector. */
export function WorksList({ items, lang, byCounty }: { items: PlanItem[]; lang: Lang; byCounty?: { city: string; names: ReadonlyMap<string, CountyName> } }) {
  if (byCounty)
    return (
      <div class="works" data-grouping="county">
        {groupByCounty(items, byCounty.city, byCounty.names).map(({ county, items: list }) => (
          <details key={county?.id ?? 'none'} class="works-group" open={list.length <= 12} data-county={county?.id ?? 'none'}>
            <summary title={county ? (lang === 'zh' ? county.name_en : county.name_zh) : t(lang, 'countyNoneTitle')}>
              {county ? (lang === 'zh' ? county.name_zh : county.name_en) : t(lang, 'countyNone')} <span class="count">{list.length}</span>
            </summary>
            <Works list={list} lang={lang} />
          </details>
        ))}
      </div>
    );
  const groups = groupBy(items, (i) => i.properties.sector as Sector, Object.keys(SECTORS) as Sector[]);
  return (
    <div class="works" data-grouping="sector">
      {groups.map(([sector, list]) => (
        <details key={sector} class="works-group" open={list.length <= 12} data-sector={sector}>
          <summary>
            <span class="swatch" style={{ background: css(SECTOR_COLOURS[sector]) }} aria-hidden="true" />
            {SECTORS[sector][lang]} <span class="count">{list.length}</span>
          </summary>
          <Works list={list} lang={lang} />
        </details>
      ))}
    </div>
  );
}
