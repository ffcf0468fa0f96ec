// Several works under one click: list them rather than choosing one at random.
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';
import { t } from '../i18n.ts';
import { item, picks } from '../state.ts';
import { kindLabel } from './item-card.tsx';

export function Picker({ data, ids, lang }: { data: AppData; ids: string[]; lang: Lang }) {
  return (
    <section class="picker" aria-label={t(lang, 'pickerTitle', { n: ids.length })}>
      <h3>{t(lang, 'pickerTitle', { n: ids.length })}</h3>
      <ul>
        {ids.map((id) => {
          const p = data.index.byId.get(id)!.properties;
          return (
            <li key={id}>
              <button type="button" class="work" data-item={id} onClick={() => ((item.value = id), (picks.value = []))}>
                <span class="work-name">{lang === 'zh' ? p.name_zh : p.name_en}</span>
                <span class="work-meta">{kindLabel(p.sector, p.kind, lang)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
