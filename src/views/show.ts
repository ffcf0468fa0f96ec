// "Show on the map" from a target or an 附件2 field: its works become the one selection (the target=
// or field= filter, state.ts), the rows that draw them are turned on and the legend stops hiding their
// kinds; the map view comes back with the filters and the counts by status.
import { batch } from '@preact/signals';
import { city, corridor, filters, item, itemFilter, matches, picks, searchText, settledText, toggleLayers, view } from '../state.ts';
import { resultsOpen } from '../search/search.ts';
import { ITEM_ROWS } from '../layers/items.ts';
import { NO_FILTERS } from '../selection.ts';
import { PHONE, sheet } from '../panels/sheet.tsx';

export function showOnMap(what: { target?: string; field?: string }, kinds: ReadonlySet<string>) {
  batch(() => {
    // the region stays (a city's official asks for the works in their region); the other filters go
    filters.value = { ...NO_FILTERS, region: filters.value.region, target: what.target ?? null, field: what.field ?? null };
    toggleLayers(ITEM_ROWS.filter((r) => r.kinds.some((k) => kinds.has(k))).map((r) => r.id), true);
    const hidden = itemFilter.value.kinds;
    if ([...hidden].some((k) => kinds.has(k))) itemFilter.value = { ...itemFilter.value, kinds: new Set([...hidden].filter((k) => !kinds.has(k))) };
    // the search that found the target would otherwise narrow its works to those it matched (none)
    searchText.value = settledText.value = '';
    matches.value = null;
    resultsOpen.value = false;
    picks.value = [];
    item.value = null;
    corridor.value = null;
    city.value = null;
    view.value = 'map';
    // on a phone: the map with the works above, the filters and their counts in the half-open sheet
    if (matchMedia(PHONE).matches) sheet.value = 'half';
  });
  // the filters and their counts at the top of the side panel
  requestAnimationFrame(() => document.querySelector('.side .filters')?.scrollIntoView({ block: 'start' }));
}
