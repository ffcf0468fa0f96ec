// The page: header, map, side panel. Data arrives loaded; state lives in a few signals.
import { useEffect, useRef } from 'preact/hooks';
import { effect } from '@preact/signals';
import type { PickingInfo } from '@deck.gl/core';
import type { AppData } from './data.ts';
import { createMap, type MapController } from './map/map-view.ts';
import { buildLayers } from './layers/registry.ts';
import { city, lang, layersOn, notices, webglFailed } from './state.ts';
import { NoWebgl } from './panels/no-webgl.tsx';
import { t, cityName, type StringKey } from './i18n.ts';
import { CityPanel } from './panels/city-panel.tsx';
import { LayerList } from './panels/layer-list.tsx';
import { primaryZone, type Lang } from './types.ts';
import citiesDownload from './plan/downloads.ts';

declare global {
  interface Window {
    __mapReady?: boolean;
    __map?: MapController;
    /** each city's seat, for tests and benchmarks that click or pick a city */
    __seats?: Record<string, [number, number]>;
  }
}

function tooltip(data: AppData, l: Lang, info: PickingInfo): string | null {
  const p = (info.object as { properties?: { adcode?: string; id?: string; circle?: string; partial?: boolean } } | undefined)?.properties;
  if (!p) return null;
  if (p.circle) {
    const c = data.cityById.get(p.adcode!)!;
    return `${t(l, `circle_${p.circle}` as StringKey)}\n${cityName(c, l)} · ${t(l, p.partial ? 'partial' : 'full')}`;
  }
  if (p.adcode) {
    const c = data.cityById.get(p.adcode)!;
    return `${cityName(c, l)}\n${t(l, `zone_${primaryZone(c)}` as StringKey)}`;
  }
  if (info.layer?.id === 'zones') return t(l, `zone_${p.id}` as StringKey);
  return null;
}

function MapPane({ data }: { data: AppData }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let ctl: MapController;
    try {
      ctl = createMap({
        container: ref.current!,
        data,
        attribution: t(lang.peek(), 'mapCredit'),
        getTooltip: (info) => tooltip(data, lang.peek(), info),
        onClick: (info) => {
          const adcode = (info?.object as { properties?: { adcode?: string } } | undefined)?.properties?.adcode;
          city.value = adcode ?? null;
        },
        onReady: () => {
          window.__mapReady = true;
        },
      });
    } catch (err) {
      // MapLibre throws when no WebGL context can be created: show the fallback instead of a blank map
      console.warn('map unavailable:', (err as Error).message);
      webglFailed.value = true;
      return;
    }
    window.__map = ctl;
    window.__seats = Object.fromEntries(data.seats);
    const stopLayers = effect(() => ctl.setLayers(buildLayers(layersOn.value, { data, lang: lang.value, selectedCity: city.value })));
    const stopFocus = effect(() => ctl.focusCity(city.value));
    let first = true;
    const stopAttr = effect(() => {
      const text = t(lang.value, 'mapCredit');
      if (!first) ctl.setAttribution(text);
      first = false;
    });
    return () => {
      stopLayers();
      stopFocus();
      stopAttr();
      ctl.map.remove();
    };
  }, [data]);
  return <div class="map" ref={ref} role="region" aria-label={t(lang.value, 'title')} />;
}

function Notices() {
  const l = lang.value;
  if (notices.value.length === 0) return null;
  const key = { badCity: 'noticeBadCity', badLayer: 'noticeBadLayer', badLang: 'noticeBadLang', badParam: 'noticeBadParam' } as const;
  return (
    <div class="notices" role="status">
      {notices.value.map((n, i) => (
        <p key={i} class="notice">
          {t(l, key[n.key], { v: n.value })}
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
  return (
    <header class="top">
      <div class="titles">
        <h1>{t(l, 'title')}</h1>
        <p class="subtitle">{t(l, 'subtitle')}</p>
      </div>
      <nav>
        <a class="download" href={citiesDownload} download="cities.geojson">
          {t(l, 'download')}
        </a>
        <button type="button" class="lang" data-lang-toggle aria-label={t(l, 'languageLabel')} onClick={() => (lang.value = l === 'zh' ? 'en' : 'zh')}>
          {t(l, 'language')}
        </button>
      </nav>
    </header>
  );
}

/** The map app, or the list fallback when the browser has no WebGL. */
export function Root({ data }: { data: AppData }) {
  return webglFailed.value ? <NoWebgl data={data} /> : <App data={data} />;
}

export function App({ data }: { data: AppData }) {
  const l = lang.value;
  const selected = city.value ? data.cityById.get(city.value) : undefined;
  return (
    <div class="app">
      <Header />
      <main>
        <MapPane data={data} />
        <aside class="side">
          <Notices />
          {selected ? (
            <CityPanel city={selected} lang={l} onClose={() => (city.value = null)} />
          ) : (
            <p class="hint">
              {t(l, 'cityCount')} · {t(l, 'selectCity')}
            </p>
          )}
          <LayerList />
          <footer class="about">
            <p class="disclaimer">{t(l, 'disclaimer')}</p>
            <p class="attribution">{t(l, 'attribution')}</p>
          </footer>
        </aside>
      </main>
    </div>
  );
}
