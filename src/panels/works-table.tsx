// The list view: the selection as an accessible table (caption, th scope, aria-sort on the sorted
// column, the APG sortable-table pattern). One tr[data-item] per work; Enter or a click opens its card
// and selects it on the map; the work selected on the map is the highlighted row.
import { useEffect, useRef } from 'preact/hooks';
import type { AppData } from '../data.ts';
import type { Lang, PlanItem } from '../types.ts';
import { item, lang, layersOn, listed, listSort, toggleLayers, webglFailed } from '../state.ts';
import { COLUMNS } from '../list-order.ts';
import { t, cityName } from '../i18n.ts';
import { kindLabel, statusLabel } from './item-card.tsx';
import { ITEM_ROWS } from '../layers/items.ts';
import { PRECISIONS } from '../plan/vocab.ts';

export function WorksTable({ data }: { data: AppData }) {
  const l = lang.value;
  const { by, dir } = listSort.value;
  const rows = listed.value;
  const selected = item.value;
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (selected) body.current?.querySelector(`tr[data-item="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const itemRows = ITEM_ROWS.map((r) => r.id);
  const rowsOff = !webglFailed.value && itemRows.some((id) => !layersOn.value.includes(id));
  const other = (i: PlanItem) => (l === 'zh' ? i.properties.name_en : i.properties.name_zh);
  return (
    <section class="list-view" data-view="list">
      {rowsOff && (
        <p class="hint">
          {t(l, 'listRowsOff')}
          <button type="button" class="link" data-all-rows onClick={() => toggleLayers(itemRows, true)}>
            {t(l, 'listAllRows')}
          </button>
        </p>
      )}
      <table class="works-table">
        <caption>{t(l, 'listCaption', { n: rows.length })}</caption>
        <thead>
          <tr>
            {COLUMNS.map(([col, key]) => (
              <th key={col} scope="col" aria-sort={by === col ? (dir === 1 ? 'ascending' : 'descending') : undefined}>
                <button type="button" data-sort={col} onClick={() => (listSort.value = { by: col, dir: by === col ? ((-dir) as 1 | -1) : 1 })} aria-label={t(l, 'sortBy', { v: t(l, key) })}>
                  {t(l, key)}
                  <span aria-hidden="true">{by === col ? (dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((i) => {
            const p = i.properties;
            const open = () => (item.value = i.id);
            return (
              <tr
                key={i.id}
                data-item={i.id}
                tabIndex={0}
                class={i.id === selected ? 'selected' : undefined}
                aria-selected={i.id === selected}
                onClick={open}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open();
                  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault();
                    const next = (e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling) as HTMLElement | null;
                    next?.focus();
                  }
                }}
              >
                <th scope="row">
                  <span class="work-name">{l === 'zh' ? p.name_zh : p.name_en}</span>
                  <span class="other-name" lang={l === 'zh' ? 'en' : 'zh-CN'}>
                    {other(i)}
                  </span>
                </th>
                <td>{kindLabel(p.sector, p.kind, l)}</td>
                <td>{statusLabel(p.status, l)}</td>
                <td>{p.cities.map((c) => cityName(data.cityById.get(c)!, l)).join(l === 'zh' ? '、' : ', ')}</td>
                <td>{PRECISIONS[p.precision][l]}</td>
                <td class="line">
                  {t(l, 'lineN', { n: p.source.line })}
                  <span class="ref">{p.source.ref}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p class="hint">{t(l, 'listEmpty')}</p>}
    </section>
  );
}
