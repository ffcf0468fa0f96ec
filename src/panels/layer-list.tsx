// Layer toggles grouped as in the layer table, each with its legend.
import { LAYERS, type LegendEntry } from '../layers/registry.ts';
import { layersOn, lang, toggleLayer } from '../state.ts';
import { t } from '../i18n.ts';
import { css } from '../palette.ts';

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

export function LayerList() {
  const l = lang.value;
  return (
    <section class="layers" aria-label={t(l, 'layers')}>
      <h2>{t(l, 'layers')}</h2>
      {GROUPS.map((g) => (
        <fieldset key={g.id}>
          <legend>{t(l, g.key)}</legend>
          {LAYERS.filter((d) => d.group === g.id).map((d) => {
            const on = layersOn.value.includes(d.id);
            return (
              <div class="layer" key={d.id}>
                <label>
                  <input type="checkbox" data-layer={d.id} checked={on} onChange={(e) => toggleLayer(d.id, e.currentTarget.checked)} />
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
      ))}
    </section>
  );
}
