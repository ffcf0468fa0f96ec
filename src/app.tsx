// The page: header, map, side panel. The page and the map start at once; the data fills them when it
// arrives (state.ts `dataset`). State lives in a few signals.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { batch, effect, signal, untracked } from '@preact/signals';
import type { PickingInfo } from '@deck.gl/core';
import type { AppData } from './data.ts';
import { createMap, type MapController, type MapHits } from './map/map-view.ts';
import { buildLayers } from './layers/registry.ts';
import { startCamera, city, closeInnermost, contextLost, corridor, dataset, item, kindsOn, lang, layersOn, loadError, notices, picks, selection, view, webglFailed } from './state.ts';
import { VIEWS } from './url-state.ts';
import { formatCamera } from './camera-link.ts';
import { FiltersPanel } from './panels/filters.tsx';
import { Datasets, ExportBar, imageText } from './panels/export-bar.tsx';
import { CopyLink } from './panels/copy-link.tsx';
import { PrintReport, preparePrint, printing } from './print/report.tsx';
import { PHONE, SheetHandle, bindSheet, sheet, sheetContent } from './panels/sheet.tsx';
import { WorksTable } from './panels/works-table.tsx';
import { PlanView } from './views/lazy.tsx';
import { viewLabel } from './views/strings.ts';
import { SearchBox } from './search/search-box.tsx';
import { ensureSearch, fact } from './search/search.ts';
import { FactCard } from './panels/fact-card.tsx';
import { ItemCard, kindLabel, statusLabel } from './panels/item-card.tsx';
import { CorridorPanel } from './panels/corridor-panel.tsx';
import { Picker } from './panels/picker.tsx';
import type { PlanItem } from './types.ts';
import { focusShape } from './items.ts';
import { NoWebgl } from './panels/no-webgl.tsx';
import { t, cityName, type StringKey } from './i18n.ts';
import { CityPanel } from './panels/city-panel.tsx';
import { LayerList } from './panels/layer-list.tsx';
import { primaryZone, type Lang } from './types.ts';

declare global {
  interface Window {
    __mapReady?: boolean;
    __map?: MapController;
    /** each city's seat, for tests and benchmarks that click or pick a city */
    __seats?: Record<string, [number, number]>;
    /** selects a city as a click on it would (benchmarks) */
    __selectCity?: (adcode: string | null) => void;
    /** selects a city, a work or a corridor (or nothing) as a click would (benchmarks) */
    __select?: (s: { city?: string; item?: string; corridor?: string }) => void;
  }
}

/** The tooltip: a work (a site drawn by deck.gl, a route or area by MapLibre), else a corridor, else the
 * region (circle, zone, city) under the pointer. */
function tooltip(data: AppData, l: Lang, info: PickingInfo, { works, corridors, regions }: Omit<MapHits, 'deck'>): string | null {
  const obj = (info.object as PlanItem | undefined) ?? (works[0] ? data.index.byId.get(works[0]) : undefined);
  if (obj?.properties && 'kind' in obj.properties) {
    const p = obj.properties;
    return `${l === 'zh' ? p.name_zh : p.name_en}\n${kindLabel(p.sector, p.kind, l)} · ${statusLabel(p.status, l)}`;
  }
  const corridor = corridors[0] ? data.corridors.find((c) => c.id === corridors[0]) : undefined;
  if (corridor) return l === 'zh' ? corridor.name_zh : corridor.name_en;
  const region = regions[0];
  if (!region) return null;
  const p = region.properties as { adcode?: string; id?: string; circle?: string; partial?: boolean };
  if (region.layer === 'circles-fill') {
    const c = data.cityById.get(p.adcode!)!;
    return `${t(l, `circle_${p.circle}` as StringKey)}\n${cityName(c, l)} · ${t(l, p.partial ? 'partial' : 'full')}`;
  }
  if (region.layer === 'zones-fill') return t(l, `zone_${p.id}` as StringKey);
  const c = p.adcode ? data.cityById.get(p.adcode) : undefined;
  return c ? `${cityName(c, l)}\n${t(l, `zone_${primaryZone(c)}` as StringKey)}` : null;
}

/** What a click selects: one work, a picker of several, a corridor, or a city (else nothing). */
function select({ deck: hits, works: drawn, corridors, regions }: MapHits) {
  const works = [...new Set([...hits.filter((h) => (h.object as PlanItem | undefined)?.properties?.kind).map((h) => (h.object as PlanItem).id), ...drawn])];
  const corridorHit = corridors[0];
  const cityHit = regions.find((r) => r.layer === 'cities-fill' || r.layer === 'circles-fill');
  picks.value = works.length > 1 ? works : [];
  if (works.length === 1) item.value = works[0];
  else if (works.length > 1) item.value = null;
  else if (corridorHit) corridor.value = corridorHit;
  else {
    item.value = null;
    corridor.value = null;
    city.value = (cityHit?.properties.adcode as string | undefined) ?? null;
  }
}

/** The one map of the page, once MapPane has made it (panels ask it to zoom). */
let mapCtl: MapController | null = null;
/** Hands the data to the map, with the rows the link turns on, before the page renders with it
 * (main.tsx): MapLibre sends it on to its worker to be tiled a few microtasks later, and rendering the
 * page first held that back by the whole render (~200 ms of start-up in software WebGL); the rows' filters
 * come with it, so the tiles are not laid out once more when the page's effects set them. */
export function feedMap(data: AppData) {
  if (!mapCtl) return;
  mapCtl.setBasemap(layersOn.peek(), [...(kindsOn.peek() ?? [])]);
  mapCtl.setData(data);
}
/** Counts camera moves that came to rest: what is placed on screen (names of works) is placed again. */
const cameraRest = signal(0);

/** The camera goes into the link's hash once the map is ready, and again whenever it comes to rest. */
function writeCamera() {
  if (!window.__mapReady || !mapCtl) return;
  const hash = formatCamera(mapCtl.camera());
  if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

function focusItem(data: AppData, id: string | null) {
  const it = id ? data.index.byId.get(id) : undefined;
  // a programme without a site: the extent of the cities it applies across
  if (it) mapCtl?.focusGeometry(focusShape(it, data.cityShapes), false);
}

function MapPane({ data }: { data: AppData | null }) {
  const ref = useRef<HTMLDivElement>(null);
  // a layout effect: the map starts as soon as its container exists, not after the next paint
  useLayoutEffect(() => {
    try {
      mapCtl = window.__map = createMap({
        container: ref.current!,
        attribution: t(lang.peek(), 'mapCredit'),
        camera: startCamera.camera,
        // on a phone the sheet covers the map's lower half when a panel is open (panels/sheet.tsx)
        coveredBelow: () => (matchMedia(PHONE).matches ? ref.current!.clientHeight / 2 : 0),
        getTooltip: (info, under) => {
          const d = dataset.peek();
          return d ? tooltip(d, lang.peek(), info, under) : null;
        },
        onClick: (hits) => select(hits),
        onReady: () => {
          window.__mapReady = true;
          writeCamera();
          // the search's engine and documents load once the map is up and the page is idle
          (window.requestIdleCallback ?? setTimeout)(() => void ensureSearch());
        },
        // peek, not read: MapLibre fires moveend synchronously when a camera move started inside an
        // effect interrupts another, and a read would subscribe that effect to what it sets (a cycle)
        onMoveEnd: () => {
          cameraRest.value = cameraRest.peek() + 1;
          writeCamera();
        },
        onContextLost: () => (contextLost.value = true),
      });
    } catch (err) {
      // MapLibre throws when no WebGL context can be created: show the fallback instead of a blank map
      console.warn('map unavailable:', (err as Error).message);
      webglFailed.value = true;
      return;
    }
    const ctl = mapCtl;
    let first = true;
    const stopAttr = effect(() => {
      const text = t(lang.value, 'mapCredit');
      if (!first) ctl.setAttribution(text);
      first = false;
    });
    return () => {
      stopAttr();
      ctl.map.remove();
      mapCtl = null;
    };
  }, []);
  // then, once the data is here: layers, camera and selection follow the signals
  useLayoutEffect(() => {
    const ctl = mapCtl;
    if (!data || !ctl) return;
    ctl.setData(data);
    window.__seats = Object.fromEntries(data.seats);
    window.__select = (s) =>
      batch(() => {
        picks.value = [];
        item.value = s.item ?? null;
        corridor.value = s.corridor ?? null;
        city.value = s.city ?? (s.item || s.corridor ? city.peek() : null);
      });
    window.__selectCity = (adcode) => window.__select!(adcode ? { city: adcode } : {});
    const built = new Set<string>();
    const stops = [
      effect(() => {
        void cameraRest.value; // names of works are placed again whenever the camera comes to rest
        const ctx = { data, lang: lang.value, selectedCity: city.value, selectedItem: item.value, works: selection.value, view: ctl.view() };
        ctl.setLayers(buildLayers(layersOn.value, ctx, built));
      }),
      effect(() => ctl.setBasemap(layersOn.value, [...(kindsOn.value ?? [])])),
      effect(() => ctl.setWorks(selection.value, item.value, corridor.value)),
      effect(() => ctl.setSelectedCity(city.value)),
      // camera moves run untracked: whatever the map does in them never subscribes these effects
      effect(() => {
        const adcode = city.value;
        untracked(() => ctl.focusCity(adcode));
      }),
      effect(() => {
        const id = item.value;
        untracked(() => focusItem(data, id));
      }),
      effect(() => {
        const c = corridor.value ? data.corridors.find((x) => x.id === corridor.value) : undefined;
        if (c) untracked(() => ctl.focusGeometry(c.geometry, true));
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, [data]);
  return <div class="map" ref={ref} role="region" aria-label={t(lang.value, 'title')} />;
}

/** Said when the map's WebGL context is lost: never a blank map without a word. The link holds the view. */
function ContextLost() {
  const l = lang.value;
  if (!contextLost.value) return null;
  return (
    <div class="notices context-lost" role="alert">
      <p class="notice">{t(l, 'contextLost')}</p>
      <button type="button" data-reload onClick={() => location.reload()}>
        {t(l, 'reload')}
      </button>
    </div>
  );
}

function Notices() {
  const l = lang.value;
  if (notices.value.length === 0) return null;
  const key = { badCity: 'noticeBadCity', badItem: 'noticeBadItem', badCorridor: 'noticeBadCorridor', badLayer: 'noticeBadLayer', badHide: 'noticeBadHide', badLang: 'noticeBadLang', badParam: 'noticeBadParam', repeated: 'noticeRepeated', badView: 'noticeBadView', badFilter: 'noticeBadFilter', longQuery: 'noticeLongQuery', badCamera: 'noticeBadCamera' } as const;
  // a value from the link is shown as text (never markup), shortened when long
  const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);
  return (
    <div class="notices" role="status">
      {notices.value.map((n, i) => (
        <p key={i} class="notice">
          {t(l, key[n.key], { v: shown(n.value) })}
        </p>
      ))}
      <button type="button" onClick={() => (notices.value = [])}>
        {t(l, 'dismiss')}
      </button>
    </div>
  );
}

export function Header() {
  const l = lang.value;
  const other = l === 'zh' ? 'en' : 'zh';
  return (
    <header class="top">
      <div class="titles">
        <h1>{t(l, 'title')}</h1>
        <p class="subtitle">{t(l, 'subtitle')}</p>
      </div>
      <SearchBox />
      <nav aria-label={t(l, 'viewsLabel')}>
        {!webglFailed.value && (
          <div class="views" role="group" aria-label={t(l, 'viewsLabel')}>
            {VIEWS.map((v) => (
              <button key={v} type="button" data-view-switch={v} aria-pressed={view.value === v} onClick={() => (view.value = v)}>
                {v === 'map' || v === 'list' ? t(l, v === 'map' ? 'viewMap' : 'viewList') : viewLabel(v, l)}
              </button>
            ))}
          </div>
        )}
        <CopyLink />
        {/* the accessible name starts with the visible text (WCAG 2.5.3) */}
        <button type="button" class="lang" data-lang-toggle lang={other === 'en' ? 'en' : 'zh-CN'} title={t(l, 'languageLabel')} onClick={() => (lang.value = other)}>
          {t(l, 'language')}
        </button>
      </nav>
    </header>
  );
}

/** The map app, or the list fallback when the browser has no WebGL. */
export function Root() {
  const data = dataset.value;
  if (!webglFailed.value) return <App data={data} />;
  return data ? <NoWebgl data={data} /> : <Loading />;
}

/** Until the data is here: a line saying so, or why it failed. */
function Loading() {
  const l = lang.value;
  return loadError.value ? (
    <p class="notice" role="alert">
      {t(l, 'loadFailed', { v: loadError.value })}
    </p>
  ) : (
    <p class="loading">{t(l, 'loading')}</p>
  );
}

/** What is open: the picker, a work's card, a corridor or a city panel (else a hint). */
export function OpenPanels({ data, onZoom, onPrint }: { data: AppData; onZoom?: (id: string) => void; onPrint?: () => void }) {
  const l = lang.value;
  const selected = city.value ? data.cityById.get(city.value) : undefined;
  return (
    <>
      {picks.value.length > 1 && <Picker data={data} ids={picks.value} lang={l} />}
      {fact.value && !item.value && <FactCard data={data} doc={fact.value} lang={l} />}
      {item.value && <ItemCard data={data} id={item.value} lang={l} onZoom={onZoom && (() => onZoom(item.value!))} />}
      {corridor.value && !item.value && <CorridorPanel data={data} id={corridor.value} lang={l} />}
      {selected && !item.value && !corridor.value ? (
        <CityPanel city={selected} lang={l} works={data.index.byCity.get(selected.adcode) ?? []} onClose={() => (city.value = null)} onPrint={onPrint} />
      ) : (
        !item.value &&
        !corridor.value &&
        !fact.value && (
          <p class="hint">
            {t(l, 'cityCount')} · {t(l, 'itemCount', { n: data.items.length, m: data.items.filter((i) => i.geometry).length })} · {t(l, webglFailed.value ? 'selectInList' : 'selectCity')}
          </p>
        )
      )}
    </>
  );
}

/** Escape closes the innermost panel, wherever the focus is (a field handles its own Escape first). */
function useEscape() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && closeInnermost()) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The report takes the map's picture and renders; then the browser prints (the button), or is printing
 * already (a browser print: beforeprint runs before the print layout). */
function usePrint(data: AppData | null) {
  useEffect(() => {
    if (!data) return;
    const before = () => {
      if (!printing.peek()) prepareReport(data);
    };
    const after = () => (printing.value = false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [data]);
}

/** The report with the map's picture, in the reader's language. */
const prepareReport = (data: AppData) => preparePrint(data, mapCtl?.map ?? null, (works, place) => imageText(data, lang.peek(), works, place));

/** The print button: the report is prepared, drawn, then printed. */
export function printReport(data: AppData) {
  prepareReport(data);
  requestAnimationFrame(() => setTimeout(() => window.print(), 0));
}

export function App({ data }: { data: AppData | null }) {
  const l = lang.value;
  useEscape();
  usePrint(data);
  useEffect(() => bindSheet(), []);
  return (
    <div class={`app view-${view.value} sheet-${sheet.value} sheet-${sheetContent.value}${printing.value ? ' printing' : ''}`}>
      <Header />
      <main>
        <MapPane data={data} />
        <aside class="side">
          <SheetHandle />
          <ContextLost />
          <Notices />
          {!data ? (
            <Loading />
          ) : (
            <>
              <OpenPanels data={data} onZoom={(id) => focusItem(data, id)} onPrint={() => printReport(data)} />
              {/* the map and the list work on the selection: its filters and exports first; the plan's
                  numbers (targets, investment, about) come straight after what is open */}
              {(view.value === 'map' || view.value === 'list') && (
                <>
                  <FiltersPanel data={data} />
                  <ExportBar data={data} map={() => mapCtl?.map ?? null} onPrint={() => printReport(data)} />
                </>
              )}
              {view.value === 'list' && <WorksTable data={data} />}
              <PlanView data={data} view={view.value} />
            </>
          )}
          <LayerList data={data} />
          <Datasets />
          <footer class="about">
            <p class="disclaimer">{t(l, 'disclaimer')}</p>
            <p class="attribution">{t(l, 'attribution')}</p>
          </footer>
        </aside>
      </main>
      {data && <PrintReport data={data} />}
    </div>
  );
}
