// The full targets file for the targets view, fetched once when the view first opens (the start-up
// data keeps only the targets linked to kinds of work). Same hashed asset as data.ts: no second copy.
import { signal } from '@preact/signals';
import targetsUrl from '../../data/targets.json?url';
import type { TargetRow } from './targets-data.ts';

export const allTargets = signal<TargetRow[] | null>(null);
export const targetsError = signal<string | null>(null);
let loading: Promise<void> | null = null;

export function loadTargets(): Promise<void> {
  loading ??= fetch(targetsUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<TargetRow[]>;
    })
    .then((rows) => void (allTargets.value = rows))
    .catch((err: Error) => {
      targetsError.value = err.message;
      loading = null;
    });
  return loading;
}
