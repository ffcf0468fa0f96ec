// The shareable view lives in the query string: city=<adcode>, item=<id>, corridor=<id>,
// layers=<id,id>, hide=<kind or status,…> (what the legend filter has switched off), lang=zh|en,
// view=list, q=<search text>, and the filters region=<adcode|core|belt|north|east|west|circle id>,
// sector=<sector>, along=<corridor id>, precision=<precision>, target=<target id> and field=<附件2 id> (the works
// of the kinds that deliver a target or belong to a field), and term=<glossary id> (view=about).
// parse and serialise are pure; garbage values are dropped and reported as notices.
import type { Lang } from './types.ts';

export interface ViewState {
  city: string | null;
  item: string | null;
  corridor: string | null;
  /** null = the layer table's defaults */
  layers: string[] | null;
  /** kinds and statuses the legend hides (absent = none) */
  hide?: string[];
  lang: Lang;
  /** the view beside the map (absent = the map alone) */
  view?: View;
  /** the search text */
  q?: string;
  region?: string | null;
  sector?: string | null;
  along?: string | null;
  precision?: string | null;
  target?: string | null;
  field?: string | null;
  /** a glossary entry (the About view) */
  term?: string | null;
}

export const VIEWS = ['map', 'list', 'targets', 'investment', 'about'] as const;
export type View = (typeof VIEWS)[number];
/** The longest search text a link keeps. */
export const MAX_QUERY = 100;

export type Notice = { key: 'badCity' | 'badItem' | 'badCorridor' | 'badLayer' | 'badHide' | 'badLang' | 'badParam' | 'repeated' | 'badView' | 'badFilter' | 'longQuery' | 'badCamera'; value: string };

export interface Known {
  cities: ReadonlySet<string>;
  items?: ReadonlySet<string>;
  corridors?: ReadonlySet<string>;
  layers: readonly string[];
  /** item kinds and statuses the legend can hide */
  hideable?: ReadonlySet<string>;
  /** region ids (adcodes, zones, wings, circles), sectors and precision levels the filters take */
  regions?: ReadonlySet<string>;
  sectors?: ReadonlySet<string>;
  precisions?: ReadonlySet<string>;
  /** targets and 附件2 fields with works of their kinds, and the glossary's ids */
  targets?: ReadonlySet<string>;
  fields?: ReadonlySet<string>;
  terms?: ReadonlySet<string>;
}

export const DEFAULT_VIEW: ViewState = { city: null, item: null, corridor: null, layers: null, lang: 'zh' };
const PARAMS = new Set(['city', 'item', 'corridor', 'layers', 'hide', 'lang', 'view', 'q', 'region', 'sector', 'along', 'precision', 'target', 'field', 'term']);
const FILTERS = ['region', 'sector', 'along', 'precision', 'target', 'field'] as const;

/** The language alone, read before the data (and so the rest of the view) can be checked. */
export const langOf = (search: string): Lang => (new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh');

export function parseView(search: string, known: Known): { view: ViewState; notices: Notice[] } {
  const q = new URLSearchParams(search);
  const notices: Notice[] = [];
  const view: ViewState = { ...DEFAULT_VIEW };
  const seen = new Set<string>();
  for (const key of q.keys()) {
    if (!PARAMS.has(key)) notices.push({ key: 'badParam', value: key });
    else if (seen.has(key)) notices.push({ key: 'repeated', value: key });
    seen.add(key);
  }

  /** One id: kept when known, else a notice. */
  const one = (key: 'city' | 'item' | 'corridor', ids: ReadonlySet<string> | undefined, bad: Notice['key']) => {
    const value = q.get(key);
    if (value === null || ids?.has(value)) return value;
    notices.push({ key: bad, value });
    return null;
  };
  /** A comma-separated list: its ids, and a notice for each unknown one. */
  const list = (value: string, isKnown: (id: string) => boolean, bad: Notice['key']) => {
    const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
    for (const id of ids) if (!isKnown(id)) notices.push({ key: bad, value: id });
    return { ids, good: [...new Set(ids.filter(isKnown))] };
  };

  view.city = one('city', known.cities, 'badCity');
  view.item = one('item', known.items, 'badItem');
  view.corridor = one('corridor', known.corridors, 'badCorridor');
  const lang = q.get('lang');
  if (lang !== null) {
    if (lang === 'zh' || lang === 'en') view.lang = lang;
    else notices.push({ key: 'badLang', value: lang });
  }
  const layers = q.get('layers');
  if (layers !== null) {
    const { ids, good } = list(layers, (id) => known.layers.includes(id), 'badLayer');
    // an all-garbage list falls back to the defaults rather than an empty map
    view.layers = ids.length > 0 && good.length === 0 ? null : good;
  }
  const hide = q.get('hide');
  if (hide !== null) view.hide = list(hide, (id) => !!known.hideable?.has(id), 'badHide').good;
  const v = q.get('view');
  if (v !== null) {
    if ((VIEWS as readonly string[]).includes(v)) view.view = v as View;
    else notices.push({ key: 'badView', value: v });
  }
  const text = q.get('q');
  if (text !== null) {
    const trimmed = text.trim();
    if (trimmed.length > MAX_QUERY) notices.push({ key: 'longQuery', value: trimmed });
    view.q = trimmed.slice(0, MAX_QUERY);
  }
  const sets = { region: known.regions, sector: known.sectors, along: known.corridors, precision: known.precisions, target: known.targets, field: known.fields };
  for (const key of FILTERS) {
    const value = q.get(key);
    if (value === null) continue;
    if (sets[key]?.has(value)) view[key] = value;
    else notices.push({ key: 'badFilter', value: `${key}=${value}` });
  }
  const term = q.get('term');
  if (term !== null) {
    if (known.terms?.has(term)) view.term = term;
    else notices.push({ key: 'badFilter', value: `term=${term}` });
  }
  return { view, notices };
}

/** Query string for a view ('' when everything is default); layers in table order, omitted when default. */
export function serializeView(view: ViewState, layerOrder: readonly string[], defaultLayers: readonly string[]): string {
  const q = new URLSearchParams();
  if (view.city) q.set('city', view.city);
  if (view.item) q.set('item', view.item);
  if (view.corridor) q.set('corridor', view.corridor);
  if (view.layers) {
    const on = layerOrder.filter((id) => view.layers!.includes(id));
    const isDefault = on.length === defaultLayers.length && on.every((id) => defaultLayers.includes(id));
    if (!isDefault) q.set('layers', on.join(','));
  }
  if (view.hide?.length) q.set('hide', [...view.hide].sort().join(','));
  if (view.lang !== 'zh') q.set('lang', view.lang);
  if (view.view && view.view !== 'map') q.set('view', view.view);
  if (view.q) q.set('q', view.q);
  for (const key of FILTERS) if (view[key]) q.set(key, view[key]!);
  if (view.term) q.set('term', view.term);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
