// Layer toggles grouped as in the layer table, each with its legend. The legend of the plan's works is
// also their filter: each kind and each status can be switched off, with live counts of what is drawn.
import { LAYERS, type LayerDef, type LegendEntry } from '../layers/registry.ts';
import { filtered, itemFilter, kindsOn, layersOn, lang, toggleLayers } from '../state.ts';
import { ALL_KINDS } from '../plan/vocab.ts';

/** every kind: what the legend counts when there is no map (no WebGL) */
const ALL_KINDS_SET: ReadonlySet<string> = new Set(ALL_KINDS);
import { t } from '../i18n.ts';
import { css, SECTOR_COLOURS, STATUS_SOLID } from '../palette.ts';
import { SECTOR_OF_KIND, SECTORS, STATUSES, type Sector } from '../plan/vocab.ts';
import { GLYPHS } from '../layers/items.ts';
import { legendCounts, toggled } from '../items.ts';
import { kindLabel, statusLabel } from './item-card.tsx';
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';

interface KindStats {
  /** items of the kind in the whole dataset (a kind with none is not listed) */
  total: Map<string, number>;
  /** kinds drawn mostly as routes or areas rather than sites: their swatch is a line */
  lines: Set<string>;
}
type Counts = ReturnType<typeof legendCounts> & KindStats;

const statsOf = new WeakMap<AppData, KindStats>();
function kindStats(data: AppData): KindStats {
  let st = statsOf.get(data);
  if (!st) {
    const total = new Map<string, number>();
    const points = new Map<string, number>();
    for (const i of data.items) {
      const k = i.properties.kind;
      total.set(k, (total.get(k) ?? 0) + 1);
      if (i.geometry?.type === 'Point' || i.geometry?.type === 'MultiPoint') points.set(k, (points.get(k) ?? 0) + 1);
    }
    st = { total, lines: new Set([...total].filter(([k, n]) => (points.get(k) ?? 0) * 2 < n).map(([k]) => k)) };
    statsOf.set(data, st);
  }
  return st;
}

const GROUPS = [
  { id: 'base', key: 'groupBase' },
  { id: 'regions', key: 'groupRegions' },
  { id: 'transport', key: 'groupTransport' },
  { id: 'energy', key: 'groupEnergy' },
  { id: 'water', key: 'groupWater' },
  { id: 'places', key: 'groupPlaces' },
  { id: 'economy', key: 'groupEconomy' },
  { id: 'society', key: 'groupSociety' },
] as const;

function Swatch({ entry }: { entry: LegendEntry }) {
  const colour = css(entry.colour);
  const style =
    entry.shape === 'fill'
      ? { background: colour }
      : { background: 'transparent', border: `3px ${entry.shape === 'dashed' ? 'dashed' : 'solid'} ${colour}` };
  return <span class="swatch" style={style} aria-hidden="true" />;
}

/** A count that reads as one in both languages and for screen readers. */
const Count = ({ n }: { n: number | undefined }) => <span class="count">{n ?? 0}</span>;

/** How plan works are drawn (sector colours, precision halo and dashes), and the status filter. */
function WorksLegend({ counts }: { counts: Counts | null }) {
  const l = lang.value;
  const hidden = itemFilter.value.statuses;
  return (
    <section class="works-legend" aria-label={t(l, 'howDrawn')}>
      <h3>{t(l, 'howDrawn')}</h3>
      <ul class="legend sectors">
        {(Object.keys(SECTORS) as Sector[]).map((s) => (
          <li key={s}>
            <span class="dot" style={{ background: css(SECTOR_COLOURS[s]) }} aria-hidden="true" />
            {SECTORS[s][l]}
          </li>
        ))}
      </ul>
      <h3>{t(l, 'statusFilter')}</h3>
      <ul class="legend filter statuses">
        {Object.keys(STATUSES).map((st) => (
          <li key={st}>
            <label>
              <input type="checkbox" data-status={st} checked={!hidden.has(st)} onChange={(e) => (itemFilter.value = toggled(itemFilter.value, 'statuses', st, e.currentTarget.checked))} />
              <span class="glyph" aria-hidden="true">
                {GLYPHS.circle[STATUS_SOLID.has(st) ? 0 : 1]}
              </span>
              {statusLabel(st, l)}
              {counts && <Count n={counts.byStatus.get(st)} />}
            </label>
          </li>
        ))}
      </ul>
      <ul class="legend">
        <li>
          <span class="dot halo" aria-hidden="true" />
          {t(l, 'haloPrecision')}
        </li>
        <li>
          <span class="swatch" style={{ background: 'transparent', borderTop: '3px dashed #0072b2', height: 0 }} aria-hidden="true" />
          {t(l, 'dashedPrecision')}
        </li>
      </ul>
    </section>
  );
}

/** An item layer's legend: each of its kinds in its sector colour and the row's glyph, a filter with its count. */
function KindFilter({ def, counts, lang: l }: { def: LayerDef; counts: Counts; lang: Lang }) {
  const hidden = itemFilter.value.kinds;
  const kinds = def.kinds!.filter((k) => counts.total.has(k) || hidden.has(k));
  return (
    <ul class="legend filter kinds">
      {kinds.map((k) => {
        const sector = SECTOR_OF_KIND[k as keyof typeof SECTOR_OF_KIND];
        return (
          <li key={k}>
            <label>
              <input type="checkbox" data-kind={k} checked={!hidden.has(k)} onChange={(e) => (itemFilter.value = toggled(itemFilter.value, 'kinds', k, e.currentTarget.checked))} />
              {counts.lines.has(k) ? (
                <span class="swatch line" style={{ borderColor: css(SECTOR_COLOURS[sector]) }} aria-hidden="true" />
              ) : (
                <span class="glyph" style={{ color: css(SECTOR_COLOURS[sector]) }} aria-hidden="true">
                  {GLYPHS[def.shape!][0]}
                </span>
              )}
              {kindLabel(sector, k, l)}
              <Count n={counts.byKind.get(k)} />
            </label>
          </li>
        );
      })}
    </ul>
  );
}

export function LayerList({ data }: { data: AppData | null }) {
  const l = lang.value;
  // counted over the works the filters and the search let through: the legend agrees with the map and the list
  const counts = data ? { ...legendCounts(filtered.value, itemFilter.value, kindsOn.value ?? ALL_KINDS_SET), ...kindStats(data) } : null;
  return (
    <section class="layers" aria-label={t(l, 'layers')}>
      <h2>{t(l, 'layers')}</h2>
      {GROUPS.map((g) => {
        const ids = LAYERS.filter((d) => d.group === g.id).map((d) => d.id);
        const allOn = ids.every((id) => layersOn.value.includes(id));
        return (
        <fieldset key={g.id}>
          <legend>
            {t(l, g.key)}
            {ids.length > 1 && (
              <label class="group-toggle">
                <input type="checkbox" data-group={g.id} checked={allOn} onChange={(e) => toggleLayers(ids, e.currentTarget.checked)} />
                {t(l, 'groupToggle')}
              </label>
            )}
          </legend>
          {LAYERS.filter((d) => d.group === g.id).map((d) => {
            const on = layersOn.value.includes(d.id);
            return (
              <div class="layer" key={d.id}>
                <label>
                  <input type="checkbox" data-layer={d.id} checked={on} onChange={(e) => toggleLayers([d.id], e.currentTarget.checked)} />
                  {l === 'zh' ? d.zh : d.en}
                </label>
                {on && d.kinds && counts && <KindFilter def={d} counts={counts} lang={l} />}
                {on && d.legend.length > 0 && (
                  <ul class="legend">
                    {d.legend.map((e) => (
                      <li key={e.zh}>
                        <Swatch entry={e} />
                        {l === 'zh' ? e.zh : e.en}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </fieldset>
        );
      })}
      <WorksLegend counts={counts} />
    </section>
  );
}
