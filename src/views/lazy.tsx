// The targets, investment and About views, each a chunk of its own loaded when first opened (start-up
// JS does not grow with them). Renders where the list view renders (the side panel).
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { AppData } from '../data.ts';
import type { View } from '../url-state.ts';
import { lang } from '../state.ts';
import { st } from './strings.ts';
import './views-eager.css';

type ViewComponent = FunctionComponent<{ data: AppData }>;
const LOADERS: Partial<Record<View, () => Promise<ViewComponent>>> = {
  targets: () => import('./targets-view.tsx').then((m) => m.TargetsView),
  investment: () => import('./investment-view.tsx').then((m) => m.InvestmentView),
  about: () => import('./about-view.tsx').then((m) => m.AboutView as ViewComponent),
};
const loaded = new Map<View, ViewComponent>();

/**
 * A component of its own chunk: nothing until its module has arrived (fetched on first render), then
 * the component. For the parts of these views that other panels show (the city panel's targets, the
 * active target or field filter): start-up JS does not grow with them.
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let C: FunctionComponent<P> | null = null;
  let pending: Promise<unknown> | null = null;
  return function Lazy(props: P) {
    const [, setTick] = useState(0);
    useEffect(() => {
      if (C) return;
      let live = true;
      pending ??= load().then((c) => (C = c));
      pending.then(() => live && setTick((n) => n + 1)).catch(() => (pending = null));
      return () => void (live = false);
    }, []);
    return C ? <C {...props} /> : null;
  };
}

/** Whether a view is one of these (rendered by PlanView). */
export const isPlanView = (v: View) => v in LOADERS;

export function PlanView({ data, view }: { data: AppData; view: View }) {
  const [, setTick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const load = LOADERS[view];
  const C = loaded.get(view);
  useEffect(() => {
    if (!load || loaded.has(view)) return;
    let live = true;
    load()
      .then((c) => {
        loaded.set(view, c);
        if (live) setTick((n) => n + 1);
      })
      .catch((err: Error) => live && setError(err.message));
    return () => void (live = false);
  }, [view]);
  if (!load) return null;
  if (C) return <C data={data} />;
  return (
    <p class="loading" data-view-loading={view} role={error ? 'alert' : undefined}>
      {error ? st(lang.value, 'viewLoadFailed', { v: error }) : st(lang.value, 'viewLoading')}
    </p>
  );
}
