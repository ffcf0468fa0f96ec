// A list of plan works grouped by sector, with counts; choosing one selects it on the map.
import type { Lang, PlanItem } from '../types.ts';
import { groupBy } from '../items.ts';
import { SECTORS, type Sector } from '../plan/vocab.ts';
import { kindLabel, statusLabel } from './item-card.tsx';
import { item } from '../state.ts';
import { SECTOR_COLOURS, css } from '../palette.ts';

export function WorksList({ items, lang }: { items: PlanItem[]; lang: Lang }) {
  const groups = groupBy(items, (i) => i.properties.sector as Sector, Object.keys(SECTORS) as Sector[]);
  return (
    <div class="works">
      {groups.map(([sector, list]) => (
        <details key={sector} class="works-group" open={list.length <= 12} data-sector={sector}>
          <summary>
            <span class="swatch" style={{ background: css(SECTOR_COLOURS[sector]) }} aria-hidden="true" />
            {SECTORS[sector][lang]} <span class="count">{list.length}</span>
          </summary>
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
        </details>
      ))}
    </div>
  );
}
