// Layer toggles grouped as in the layer table, each with its legend.
import { LAYERS, type LegendEntry } from '../layers/registry.ts';
import { layersOn, lang, toggleLayers } from '../state.ts';
import { t } from '../i18n.ts';
import { css, SECTOR_COLOURS } from '../palette.ts';
import { SECTORS, type Sector } from '../plan/vocab.ts';

const GROUPS = [
  { id: 'base', key: 'groupBase' },
  { id: 'regions', key: 'groupRegions' },
  { id: 'transport', key: 'groupTransport' },
  { id: 'energy', key: 'groupEnergy' },
  { id: 'water', key: 'groupWater' },
  { id: 'places', key: 'groupPlaces' },
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

/** How plan works are drawn: sector colours, status fill, precision halo and dashes. */
function WorksLegend() {
  const l = lang.value;
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
      <ul class="legend">
        <li>
          <span class="dot" style={{ background: '#0072b2', border: '1.5px solid #fff', outline: '1px solid #0072b2' }} aria-hidden="true" />
          {t(l, 'solidStatus')}
        </li>
        <li>
          <span class="dot" style={{ background: '#fff', border: '1.5px solid #0072b2' }} aria-hidden="true" />
          {t(l, 'hollowStatus')}
        </li>
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

export function LayerList() {
  const l = lang.value;
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
      <WorksLegend />
    </section>
  );
}
