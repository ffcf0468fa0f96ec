// The target= or field= filter, when set: what it shows, the counts of the selection by status, and a
// way back (clear it) or on (list the works). For the filters panel.
import type { AppData } from '../data.ts';
import { filters, lang, selection, view } from '../state.ts';
import { STATUSES } from '../plan/vocab.ts';
import { vt as st } from './view-strings.ts';

export function ActiveFactNote({ data }: { data: AppData }) {
  const l = lang.value;
  const { target, field } = filters.value;
  if (!target && !field) return null;
  const row = target ? data.targets.find((x) => x.id === target) : data.investment.find((x) => x.id === field);
  if (!row) return null;
  const named = l === 'zh' ? row.name_zh : row.name_en;
  const figure = 'value_text' in row ? ` · ${row.year}: ${row.value_text ?? `${row.value ?? ''} ${row.unit}`}` : '';
  const byStatus = new Map<string, number>();
  for (const w of selection.value) byStatus.set(w.properties.status, (byStatus.get(w.properties.status) ?? 0) + 1);
  return (
    <div class="active-fact" data-active-fact={target ? `target:${target}` : `field:${field}`} role="status">
      <p>
        <strong>{st(l, target ? 'filterTarget' : 'filterField', { v: named })}</strong>
        {figure}
      </p>
      {field && <p class="note">{st(l, 'filterFieldNote')}</p>}
      <p class="note">
        {Object.keys(STATUSES)
          .filter((s) => byStatus.get(s))
          .map((s) => `${STATUSES[s as keyof typeof STATUSES][l]} ${byStatus.get(s)}`)
          .join(' · ')}
      </p>
      <p class="actions">
        <button type="button" class="link" data-clear-fact onClick={() => (filters.value = { ...filters.value, target: null, field: null })}>
          {st(l, 'filterClear')}
        </button>
        {view.value !== 'list' && (
          <button type="button" class="link" onClick={() => (view.value = 'list')}>
            {st(l, 'filterList')}
          </button>
        )}
      </p>
    </div>
  );
}
