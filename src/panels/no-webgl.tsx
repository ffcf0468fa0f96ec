// Without WebGL there is no map: the notice, the search, the filters and the list of every work;
// city panels and work cards open from the list as they do beside the map.
import type { AppData } from '../data.ts';
import { lang } from '../state.ts';
import { t } from '../i18n.ts';
import { Header, OpenPanels, printReport } from '../app.tsx';
import { PrintReport, printing } from '../print/report.tsx';
import { FiltersPanel } from './filters.tsx';
import { WorksTable } from './works-table.tsx';
import { Datasets, ExportBar } from './export-bar.tsx';

export function NoWebgl({ data }: { data: AppData }) {
  const l = lang.value;
  return (
    <div class={`app no-webgl view-list${printing.value ? ' printing' : ''}`}>
      <Header />
      <main class="fallback">
        <p class="notice" role="alert">
          {t(l, 'noWebgl')}
        </p>
        <OpenPanels data={data} onPrint={() => printReport(data)} />
        <FiltersPanel data={data} />
        <ExportBar data={data} onPrint={() => printReport(data)} />
        <WorksTable data={data} />
        <Datasets />
        <p class="disclaimer">{t(l, 'disclaimer')}</p>
      </main>
      <PrintReport data={data} />
    </div>
  );
}
