import { render } from 'preact';
import { loadData } from './data.ts';
import { Root } from './app.tsx';
import { bindUrl, lang } from './state.ts';
import { LAYER_IDS } from './layers/registry.ts';
import './styles.css';

const root = document.getElementById('app')!;
loadData()
  .then((data) => {
    performance.mark('data-ready');
    bindUrl({ cities: new Set(data.cityById.keys()), items: new Set(data.index.byId.keys()), corridors: new Set(data.corridors.map((c) => c.id)), layers: LAYER_IDS });
    root.textContent = '';
    render(<Root data={data} />, root);
  })
  .catch((err: Error) => {
    root.textContent = `${lang.value === 'zh' ? '数据加载失败：' : 'Could not load the data: '}${err.message}`;
    throw err;
  });
