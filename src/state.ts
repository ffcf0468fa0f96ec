// The app's few signals. The shareable ones mirror the URL through url-state.ts.
import { signal, computed, effect, batch } from '@preact/signals';
import type { Lang } from './types.ts';
import type { AppData } from './data.ts';
import { NO_FILTER, type ItemFilter } from './items.ts';
import { STATUSES } from './plan/vocab.ts';
import { DEFAULT_LAYERS, LAYER_IDS } from './layers/registry.ts';
import { kindsOfRows } from './layers/items.ts';
import { parseView, serializeView, type Notice, type Known, type View } from './url-state.ts';
import { filterWorks, NO_FILTERS, selectWorks, type Filters } from './selection.ts';
import type { PlanItem } from './types.ts';
import { parseCamera } from './camera-link.ts';
import { DEFAULT_SORT, sortedWorks, type ListSort } from './list-order.ts';

/** Everything the app shows, once loaded (the page and the map start before it arrives). */
export const dataset = signal<AppData | null>(null);
/** Why the data could not be loaded, if it could not. */
export const loadError = signal<string | null>(null);
export const lang = signal<Lang>('zh');
export const city = signal<string | null>(null);
export const item = signal<string | null>(null);
export const corridor = signal<string | null>(null);
/** several items under one click: the picker lists them */
export const picks = signal<string[]>([]);
export const layersOn = signal<string[]>(DEFAULT_LAYERS);
/** kinds and statuses the legend has switched off */
export const itemFilter = signal<ItemFilter>(NO_FILTER);
export const notices = signal<Notice[]>([]);
/** the view beside the map */
export const view = signal<View>('map');
/** filters beyond the legend: region, sector, corridor, precision */
export const filters = signal<Filters>(NO_FILTERS);
/** the glossary entry the About view opens at (term=) */
export const term = signal<string | null>(null);
/** the search text, as typed */
export const searchText = signal('');
/** the search text once typing has paused: what the link keeps (q=) and the selection follows */
export const settledText = signal('');
/** the works the search text matched; null when there is no search text or the index is not ready */
export const matches = signal<ReadonlySet<string> | null>(null);
/** The camera the link opened with (#map=z/lat/lng), read once, before the map starts. */
export const startCamera = typeof location === 'undefined' ? { camera: null, bad: null } : parseCamera(location.hash);
/** Set when MapLibre cannot get a WebGL context. */
export const webglFailed = signal(false);
/** Set when the map's WebGL context has been lost after start-up. */
export const contextLost = signal(false);

export const urlQuery = computed(() =>
  serializeView(
    {
      city: city.value,
      item: item.value,
      corridor: corridor.value,
      layers: layersOn.value,
      hide: [...itemFilter.value.kinds, ...itemFilter.value.statuses],
      lang: lang.value,
      view: view.value,
      q: settledText.value.trim(),
      ...filters.value,
      term: view.value === 'about' ? term.value : null,
    },
    LAYER_IDS,
    DEFAULT_LAYERS,
  ),
);

/** The works that pass the filters and the search (before the legend and the layers that are on). */
export const filtered = computed<PlanItem[]>(() => {
  const d = dataset.value;
  return d ? filterWorks({ items: d.items, cities: d.cities, filters: filters.value, matches: matches.value, targets: d.targets, investment: d.investment }) : [];
});
/** The kinds drawn: those of the layers that are on (every kind when there is no map to agree with). */
export const kindsOn = computed<ReadonlySet<string> | null>(() => (webglFailed.value ? null : new Set(kindsOfRows(layersOn.value))));
/** The one selection: what the map draws, the list lists, the totals count and the exports write. */
export const selection = computed<PlanItem[]>(() => selectWorks(filtered.value, itemFilter.value, kindsOn.value));

/** The list's order (a column and a direction). */
export const listSort = signal<ListSort>(DEFAULT_SORT);
/** The selection in the list's order: what the list shows and the CSV and GeoJSON write, row for row. */
export const listed = computed<PlanItem[]>(() => {
  const d = dataset.value;
  return d ? sortedWorks(d, lang.value, selection.value, listSort.value) : [];
});

/** Sets the shareable signals from a parsed link. */
function applyView(parsed: ReturnType<typeof parseView>['view']) {
  batch(() => {
    lang.value = parsed.lang;
    city.value = parsed.city;
    item.value = parsed.item;
    corridor.value = parsed.corridor;
    picks.value = [];
    layersOn.value = parsed.layers ?? DEFAULT_LAYERS;
    const hide = parsed.hide ?? [];
    itemFilter.value = { kinds: new Set(hide.filter((h) => !(h in STATUSES))), statuses: new Set(hide.filter((h) => h in STATUSES)) };
    view.value = parsed.view ?? 'map';
    searchText.value = settledText.value = parsed.q ?? '';
    filters.value = { region: parsed.region ?? null, sector: parsed.sector ?? null, along: parsed.along ?? null, precision: parsed.precision ?? null, target: parsed.target ?? null, field: parsed.field ?? null };
    term.value = parsed.term ?? null;
  });
}

/** What makes a step back and forth: the view and what is open (changes of layers, filters or the
 * search replace the history entry instead). */
const step = computed(() => `${view.value}|${city.value}|${item.value}|${corridor.value}`);

/** Reads the URL once at start-up, then keeps it in step with the signals; back and forward restore
 * the view and what was open. */
export function bindUrl(known: Known) {
  const { view: parsed, notices: found } = parseView(location.search, known);
  applyView(parsed);
  notices.value = startCamera.bad === null ? found : [...found, { key: 'badCamera', value: startCamera.bad }];
  let last = step.peek();
  let restoring = false;
  effect(() => {
    const url = `${location.pathname}${urlQuery.value}${location.hash}`;
    const now = step.value;
    const moved = now !== last && !restoring;
    last = now;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (moved) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  });
  window.addEventListener('popstate', () => {
    // the entry's link, applied as at start-up (its values were checked when it was written)
    restoring = true;
    applyView(parseView(location.search, known).view);
    restoring = false;
  });
  effect(() => {
    document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
  });
}

/** Escape closes what is open, the innermost first: the picker, a work's card, a corridor, a city. */
export function closeInnermost(): boolean {
  if (picks.value.length) picks.value = [];
  else if (item.value) item.value = null;
  else if (corridor.value) corridor.value = null;
  else if (city.value) city.value = null;
  else return false;
  return true;
}

/** Turns layers on or off in one update, keeping the table's order. */
export function toggleLayers(ids: readonly string[], on: boolean) {
  const next = new Set(layersOn.value);
  for (const id of ids) if (on) next.add(id);
  else next.delete(id);
  layersOn.value = LAYER_IDS.filter((l) => next.has(l));
}
