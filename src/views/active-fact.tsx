// For the filters panel: the target= or field= filter, when set (active-fact-note.tsx, a chunk of its
// own, loaded the first time one is set).
import type { AppData } from '../data.ts';
import { filters } from '../state.ts';
import { lazyComponent } from './lazy.tsx';

const Note = lazyComponent(() => import('./active-fact-note.tsx').then((m) => m.ActiveFactNote));

export function ActiveFact({ data }: { data: AppData }) {
  const { target, field } = filters.value;
  return target || field ? <Note data={data} /> : null;
}
