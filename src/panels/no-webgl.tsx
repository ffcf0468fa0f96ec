// Without WebGL there is no map: the notice, the search, the filters and the list of every work;
// city panels and work cards open from the list as they do beside the map.
import type { AppData } from '../data.ts';
import { lang } from '../state.ts';
import { t } from '../i18n.ts';
import { Header, OpenPanels } from '../app.tsx';
import { FiltersPanel } from './filters.tsx';
import { WorksTable } from './works-table.tsx';

export function NoWebgl({ data }: { data: AppData }) {
  const l = lang.value;
  return (
    <div class="app no-webgl view-list">
      <Header />
      <main class="fallback">
        <p class="notice" role="alert">
          {t(l, 'noWebgl')}
        </p>
        <OpenPanels data={data} />
        <FiltersPanel data={data} />
        <WorksTable data={data} />
        <p class="disclaimer">{t(l, 'disclaimer')}</p>
      </main>
    </div>
  );
}
