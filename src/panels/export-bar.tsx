// Taking the selection away: CSV and GeoJSON of the listed works (the list's rows, in its order) and the
// map as a PNG. The modules that write them load on first use, so start-up does not carry them.
import { signal } from '@preact/signals';
import type { Map as MlMap } from 'maplibre-gl';
import { composeMapImage, pngOf, saveFile, type LegendLine } from '../export/map-image.ts';
import type { AppData } from '../data.ts';
import type { Lang, PlanItem } from '../types.ts';
import { filters, lang, layersOn, listed, settledText } from '../state.ts';
import { t, cityName, type StringKey } from '../i18n.ts';
import { SECTORS } from '../plan/vocab.ts';
import { SECTOR_COLOURS, css } from '../palette.ts';
import { CIRCLE_IDS, ZONE_IDS } from '../regions.ts';
import { WINGS, totals, type Filters } from '../selection.ts';
import { LAYERS } from '../layers/registry.ts';
import { CITIES_DOWNLOAD, INVESTMENT_DOWNLOAD, ITEMS_DOWNLOAD, TARGETS_DOWNLOAD } from '../plan/downloads.ts';

/** A region id (adcode, zone, wing or circle) by its name in the reader's language. */
export function regionLabel(data: AppData, region: string, l: Lang): string {
  const c = data.cityById.get(region);
  if (c) return cityName(c, l);
  if ((ZONE_IDS as readonly string[]).includes(region)) return t(l, `zone_${region}` as StringKey);
  if ((WINGS as readonly string[]).includes(region)) return t(l, `wing_${region}` as StringKey);
  if ((CIRCLE_IDS as readonly string[]).includes(region)) return t(l, `circle_${region}` as StringKey);
  return region;
}

/** What the selection is, in words: its region, sector, corridor, precision and search. */
export function scopeOf(data: AppData, f: Filters, q: string, n: number, l: Lang): string {
  const parts = [
    f.region && regionLabel(data, f.region, l),
    f.sector && SECTORS[f.sector as keyof typeof SECTORS]?.[l],
    f.along && data.corridors.find((c) => c.id === f.along)?.[l === 'zh' ? 'name_zh' : 'name_en'],
    f.precision,
    q && `“${q}”`,
  ].filter(Boolean);
  return [...parts, t(l, 'totalsTitle', { n })].join(' · ');
}

const failure = signal<string | null>(null);

async function run(task: () => Promise<void>) {
  failure.value = null;
  try {
    await task();
  } catch (err) {
    failure.value = (err as Error).message;
  }
}

/** The image's words: title, what is shown, the legend (sectors of the selection), credits. */
export function imageText(data: AppData, l: Lang, works: readonly PlanItem[] = listed.peek(), place: string | null = null) {
  const { bySector } = totals(works);
  const legend = Object.keys(SECTORS)
    .filter((s) => bySector.get(s))
    .map((s): LegendLine => ({ colour: css(SECTOR_COLOURS[s]), label: SECTORS[s as keyof typeof SECTORS][l], count: bySector.get(s) }));
  const corridors = LAYERS.find((d) => d.id === 'corridors');
  if (corridors && layersOn.value.includes('corridors')) legend.push({ colour: '#555', label: corridors[l], count: data.corridors.length });
  return {
    title: t(l, 'title'),
    scope: [place, scopeOf(data, filters.peek(), settledText.peek().trim(), works.length, l)].filter(Boolean).join(' · '),
    legendTitle: t(l, 'legend'),
    legend,
    credits: [t(l, 'disclaimer'), t(l, 'attribution'), location.href],
    km: (m: number) => (m >= 1000 ? `${m / 1000} km` : `${m} m`),
  };
}

export function ExportBar({ data, map, onPrint }: { data: AppData; map?: () => MlMap | null; onPrint?: () => void }) {
  const l = lang.value;
  const n = listed.value.length;
  const name = (ext: string) => exportName(data, ext, l);
  const csv = () =>
    run(async () => {
      const { worksCsv } = await import('../export/works-export.ts');
      saveFile(new Blob([worksCsv(listed.peek(), data.cityById)], { type: 'text/csv;charset=utf-8' }), await name('csv'));
    });
  const geojson = () =>
    run(async () => {
      const { worksGeojson } = await import('../export/works-export.ts');
      saveFile(new Blob([JSON.stringify(worksGeojson(listed.peek()))], { type: 'application/geo+json' }), await name('geojson'));
    });
  const png = () =>
    run(async () => {
      const m = map?.();
      if (!m) throw new Error(t(l, 'mapUnavailable'));
      saveFile(await pngOf(composeMapImage(m, imageText(data, l))), await name('png'));
    });
  return (
    <div class="export-bar" data-export>
      <span class="export-title">{t(l, 'exportTitle', { n })}</span>
      <button type="button" data-export-format="csv" title={t(l, 'exportCsvTitle')} onClick={csv} disabled={n === 0}>
        CSV
      </button>
      <button type="button" data-export-format="geojson" title={t(l, 'exportGeojsonTitle')} onClick={geojson} disabled={n === 0}>
        GeoJSON
      </button>
      {map && (
        <button type="button" data-export-format="png" title={t(l, 'exportPngTitle')} onClick={png}>
          PNG
        </button>
      )}
      {onPrint && (
        <button type="button" data-print title={t(l, 'printReportTitle')} onClick={onPrint}>
          {t(l, 'print')}
        </button>
      )}
      {failure.value && (
        <p class="notice" role="alert">
          {t(l, 'exportFailed', { v: failure.value })}
        </p>
      )}
    </div>
  );
}

/** The whole datasets as the build writes them to data/ (contract: downloads). */
export function Datasets() {
  const l = lang.value;
  return (
    <p class="datasets">
      <span>{t(l, 'datasets')}</span>
      <a class="download" href={CITIES_DOWNLOAD} download="cities.geojson">
        {t(l, 'download')}
      </a>
      <a class="download" href={ITEMS_DOWNLOAD} download="plan-items.geojson">
        {t(l, 'downloadItems')}
      </a>
      <a class="download" href={TARGETS_DOWNLOAD} download="targets.csv">
        {t(l, 'downloadTargets')}
      </a>
      <a class="download" href={INVESTMENT_DOWNLOAD} download="investment.csv">
        {t(l, 'downloadInvestment')}
      </a>
    </p>
  );
}

async function exportName(data: AppData, ext: string, l: Lang): Promise<string> {
  const { exportName: named } = await import('../export/works-export.ts');
  const f = filters.peek();
  return named(f, settledText.peek(), f.region ? regionLabel(data, f.region, l) : null, ext, l);
}
