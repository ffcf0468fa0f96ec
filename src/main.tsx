import { render } from 'preact';
import { App } from './app.tsx';
import { NoWebgl } from './panels/no-webgl.tsx';
import { loadData } from './data.ts';
import { bindUrl, lang } from './state.ts';
import { LAYER_IDS } from './layers/registry.ts';
import './styles.css';

function hasWebgl2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

const root = document.getElementById('app')!;
loadData()
  .then((data) => {
    bindUrl({ cities: new Set(data.cityById.keys()), layers: LAYER_IDS });
    render(hasWebgl2() ? <App data={data} /> : <NoWebgl data={data} />, root);
  })
  .catch((err: Error) => {
    root.textContent = `${lang.value === 'zh' ? '数据加载失败：' : 'Could not load the data: '}${err.message}`;
    throw err;
  });
