// Filters beyond the legend (region, sector, corridor, precision) and the totals of the selection:
// works by sector and by status, and the 附件2 fields concerned. Every count here is of the one
// selection (state.ts), so it agrees with the map and the list.
import type { AppData } from '../data.ts';
import { filters, lang, selection } from '../state.ts';
import { t, cityName, type StringKey } from '../i18n.ts';
import { PRECISIONS, SECTORS, STATUSES } from '../plan/vocab.ts';
import { CIRCLE_IDS, ZONE_IDS } from '../regions.ts';
import { WINGS, totals, NO_FILTERS, type Filters as FilterValues } from '../selection.ts';
import { investmentFor } from '../investment.ts';
import { SECTOR_COLOURS, css } from '../palette.ts';
import { ActiveFact } from '../views/active-fact.tsx';

function Select({ id, label, value, onChange, children }: { id: keyof FilterValues; label: string; value: string | null; onChange: (v: string | null) => void; children: preact.ComponentChildren }) {
  const l = lang.value;
  return (
    <label class="filter">
      <span>{label}</span>
      <select data-filter={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t(l, 'filterAny')}</option>
        {children}
      </select>
    </label>
  );
}

export function FiltersPanel({ data }: { data: AppData }) {
  const l = lang.value;
  const f = filters.value;
  const set = (key: keyof FilterValues) => (v: string | null) => (filters.value = { ...filters.value, [key]: v });
  const any = Object.values(f).some(Boolean);
  return (
    <section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t(l, 'filtersTitle')}</h2>
      <div class="filter-grid">
        <Select id="region" label={t(l, 'filterRegion')} value={f.region} onChange={set('region')}>
          <optgroup label={t(l, 'regionZones')}>
            {ZONE_IDS.map((z) => (
              <option key={z} value={z}>
                {t(l, `zone_${z}` as StringKey)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t(l, 'regionWings')}>
            {WINGS.map((w) => (
              <option key={w} value={w}>
                {t(l, `wing_${w}` as StringKey)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t(l, 'regionCircles')}>
            {CIRCLE_IDS.map((c) => (
              <option key={c} value={c}>
                {t(l, `circle_${c}` as StringKey)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t(l, 'regionCities')}>
            {data.cities.map((c) => (
              <option key={c.adcode} value={c.adcode}>
                {cityName(c, l)}
              </option>
            ))}
          </optgroup>
        </Select>
        <Select id="sector" label={t(l, 'filterSector')} value={f.sector} onChange={set('sector')}>
          {Object.entries(SECTORS).map(([k, v]) => (
            <option key={k} value={k}>
              {v[l]}
            </option>
          ))}
        </Select>
        <Select id="along" label={t(l, 'filterAlong')} value={f.along} onChange={set('along')}>
          {data.corridors.map((c) => (
            <option key={c.id} value={c.id}>
              {l === 'zh' ? c.name_zh : c.name_en}
            </option>
          ))}
        </Select>
        <Select id="precision" label={t(l, 'filterPrecision')} value={f.precision} onChange={set('precision')}>
          {Object.entries(PRECISIONS).map(([k, v]) => (
            <option key={k} value={k}>
              {v[l]}
            </option>
          ))}
        </Select>
      </div>
      {any && (
        <button type="button" class="link" data-filter-reset onClick={() => (filters.value = NO_FILTERS)}>
          {t(l, 'filterReset')}
        </button>
      )}
      <ActiveFact data={data} />
      <Totals data={data} />
    </section>
  );
}

/** Works of the selection by sector and by status, and the 附件2 fields they belong to. */
function Totals({ data }: { data: AppData }) {
  const l = lang.value;
  const works = selection.value;
  const { bySector, byStatus } = totals(works);
  const fields = investmentFor(data.investment, works);
  return (
    <div class="totals" data-totals aria-live="polite">
      <h3 data-total={works.length}>{t(l, 'totalsTitle', { n: works.length })}</h3>
      <dl class="by-sector" aria-label={t(l, 'totalsBySector')}>
        {Object.keys(SECTORS)
          .filter((s) => bySector.get(s))
          .map((s) => (
            <div key={s} data-sector={s}>
              <dt>
                <span class="dot" style={{ background: css(SECTOR_COLOURS[s]) }} aria-hidden="true" />
                {SECTORS[s as keyof typeof SECTORS][l]}
              </dt>
              <dd>{bySector.get(s)}</dd>
            </div>
          ))}
      </dl>
      <dl class="by-status" aria-label={t(l, 'totalsByStatus')}>
        {Object.keys(STATUSES)
          .filter((s) => byStatus.get(s))
          .map((s) => (
            <div key={s} data-status-total={s}>
              <dt>{STATUSES[s as keyof typeof STATUSES][l]}</dt>
              <dd>{byStatus.get(s)}</dd>
            </div>
          ))}
      </dl>
      {fields.length > 0 && (
        <details class="fields">
          <summary>
            {t(l, 'totalsFields')} ({fields.length})
          </summary>
          <p class="note">{t(l, 'totalsFieldsNote')}</p>
          <ul>
            {fields.map(({ row, works: w }) => (
              <li key={row.id} data-field={row.id}>
                <strong>{l === 'zh' ? row.name_zh : row.name_en}</strong> ({w.length}) ·{' '}
                {t(l, 'fieldAmount', { total: row.total.toLocaleString(l === 'zh' ? 'zh-CN' : 'en'), plan: row.plan_2021_2025.toLocaleString(l === 'zh' ? 'zh-CN' : 'en') })} ·{' '}
                <span class="source">
                  {row.source.ref} {t(l, 'lineN', { n: row.source.line })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
