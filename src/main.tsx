// Start-up: the page and the map first, the data as soon as it has arrived (both at once).
import { render } from 'preact';
import { loadData } from './data.ts';
import { feedMap, Root } from './app.tsx';
import { bindUrl, dataset, lang, loadError } from './state.ts';
import { bindSearch } from './search/search.ts';
import { langOf } from './url-state.ts';
import { LAYER_IDS } from './layers/registry.ts';
import { ALL_KINDS, PRECISIONS, SECTORS, STATUSES } from './plan/vocab.ts';
import { REGION_GROUPS, fieldKinds } from './selection.ts';
import { GLOSSARY_IDS } from './views/glossary-ids.ts';

const HIDEABLE = new Set<string>([...ALL_KINDS, ...Object.keys(STATUSES)]);
import './styles.css';

lang.value = langOf(location.search);
const root = document.getElementById('app')!;
root.textContent = '';
render(<Root />, root);
loadData()
  .then(async (data) => {
    performance.mark('data-ready');
    bindUrl({
      cities: new Set(data.cityById.keys()),
      items: new Set(data.index.byId.keys()),
      corridors: new Set(data.corridors.map((c) => c.id)),
      layers: LAYER_IDS,
      hideable: HIDEABLE,
      regions: new Set([...data.cityById.keys(), ...REGION_GROUPS]),
      sectors: new Set(Object.keys(SECTORS)),
      precisions: new Set(Object.keys(PRECISIONS)),
      targets: new Set(data.targets.map((t) => t.id)),
      fields: new Set(data.investment.filter((r) => fieldKinds(data.investment, r.id).size > 0).map((r) => r.id)),
      terms: new Set(GLOSSARY_IDS),
    });
    // the map first (its worker tiles while the page renders), then the page
    feedMap(data);
    await new Promise((r) => setTimeout(r, 0));
    bindSearch();
    dataset.value = data;
  })
  .catch((err: Error) => {
    loadError.value = err.message;
    throw err;
  });
