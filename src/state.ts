// The app's few signals. The shareable ones mirror the URL through url-state.ts.
import { signal, computed, effect } from '@preact/signals';
import type { Lang } from './types.ts';
import type { AppData } from './data.ts';
import { NO_FILTER, type ItemFilter } from './items.ts';
import { STATUSES } from './plan/vocab.ts';
import { DEFAULT_LAYERS, LAYER_IDS } from './layers/registry.ts';
import { parseView, serializeView, type Notice, type Known } from './url-state.ts';

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
/** Set when MapLibre cannot get a WebGL context. */
export const webglFailed = signal(false);
/** Set when the map's WebGL context has been lost after start-up. */
export const contextLost = signal(false);

export const query = computed(() =>
  serializeView(
    { city: city.value, item: item.value, corridor: corridor.value, layers: layersOn.value, hide: [...itemFilter.value.kinds, ...itemFilter.value.statuses], lang: lang.value },
    LAYER_IDS,
    DEFAULT_LAYERS,
  ),
);

/** Reads the URL once at start-up, then keeps it in step with the signals. */
export function bindUrl(known: Known) {
  const { view, notices: found } = parseView(location.search, known);
  lang.value = view.lang;
  city.value = view.city;
  item.value = view.item;
  corridor.value = view.corridor;
  layersOn.value = view.layers ?? DEFAULT_LAYERS;
  const hide = view.hide ?? [];
  itemFilter.value = { kinds: new Set(hide.filter((h) => !(h in STATUSES))), statuses: new Set(hide.filter((h) => h in STATUSES)) };
  notices.value = found;
  effect(() => {
    const url = `${location.pathname}${query.value}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
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
