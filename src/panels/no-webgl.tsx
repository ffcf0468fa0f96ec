// Without WebGL there is no map; the cities and their panels still work.
import type { AppData } from '../data.ts';
import { city, lang } from '../state.ts';
import { t } from '../i18n.ts';
import { Header } from '../app.tsx';
import { CityPanel } from './city-panel.tsx';

export function NoWebgl({ data }: { data: AppData }) {
  const l = lang.value;
  const selected = city.value ? data.cityById.get(city.value) : undefined;
  return (
    <div class="app no-webgl">
      <Header />
      <main class="fallback">
        <p class="notice" role="alert">
          {t(l, 'noWebgl')}
        </p>
        {selected ? (
          <CityPanel city={selected} lang={l} works={data.index.byCity.get(selected.adcode) ?? []} onClose={() => (city.value = null)} />
        ) : (
          <ul class="city-list">
            {data.cities.map((c) => (
              <li key={c.adcode}>
                <button type="button" onClick={() => (city.value = c.adcode)}>
                  {l === 'zh' ? c.name_zh : c.name_en}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="disclaimer">{t(l, 'disclaimer')}</p>
      </main>
    </div>
  );
}
