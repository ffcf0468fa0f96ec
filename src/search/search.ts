// The search's state, in the start-up bundle (small): the engine and its documents load on first use
// (focus on the box, a q= in the link, or when the page is idle after the map is ready), never before
// the map. Results follow the search text; the works among them narrow the selection (state.ts).
import { effect, signal } from '@preact/signals';
import { batch } from '@preact/signals';
import { matches, searchText, settledText } from '../state.ts';
import { SEARCH_DOCS } from '../plan/downloads.ts';
import type { SearchDoc } from '../plan/search-docs.ts';
import type { Engine } from './engine.ts';

export const searchReady = signal(false);
export const searchFailed = signal<string | null>(null);
/** matching documents, best first */
export const results = signal<SearchDoc[]>([]);
/** whether the results are shown (opened by typing, focus or a q= in the link; closed by choosing or Escape) */
export const resultsOpen = signal(false);
/** a target or an 附件2 field chosen from the results: its card shows the works that deliver it */
export const fact = signal<SearchDoc | null>(null);

let engine: Engine | null = null;
let loading: Promise<void> | null = null;

export function ensureSearch(): Promise<void> {
  loading ??= Promise.all([
    import('./engine.ts'),
    fetch(SEARCH_DOCS).then((r) => {
      if (!r.ok) throw new Error(`could not load ${SEARCH_DOCS}: HTTP ${r.status}`);
      return r.json() as Promise<SearchDoc[]>;
    }),
  ])
    .then(([m, docs]) => {
      engine = m.buildEngine(docs);
      searchReady.value = true;
    })
    .catch((err: Error) => {
      searchFailed.value = err.message;
    });
  return loading;
}

/** How long typing must pause before the map, the list and the counts follow the search (the
 * results themselves follow every keystroke). */
export const SETTLE_MS = 250;

/** Keeps the results, and after a pause the matched works, in step with the search text (once, at start-up). */
export function bindSearch() {
  if (searchText.peek().trim()) resultsOpen.value = true; // q= in the link shows its results
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = true;
  effect(() => {
    const text = searchText.value.trim();
    clearTimeout(timer);
    if (!searchReady.value || !engine) {
      if (text) void ensureSearch();
      matches.value = null;
      return;
    }
    const found = text ? engine.search(text) : [];
    results.value = found;
    const works = text ? new Set(found.filter((d) => d.type === 'work' || d.type === 'county').map((d) => d.id)) : null;
    // the first results (a q= in the link) apply at once; typing applies when it pauses
    const settle = () => batch(() => ((matches.value = works), (settledText.value = text)));
    if (first) settle();
    else timer = setTimeout(settle, SETTLE_MS);
    first = false;
  });
}

/** Results grouped by type, the group of the best result first, at most `per` of each. */
export function grouped(docs: SearchDoc[], per = 5): [SearchDoc['type'], SearchDoc[]][] {
  const order = [...new Set(docs.map((d) => d.type))];
  return order.map((t) => [t, docs.filter((d) => d.type === t).slice(0, per)] as [SearchDoc['type'], SearchDoc[]]);
}
