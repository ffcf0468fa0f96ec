// A target or an 附件2 field chosen from the search: its figures, where the plan says it, and the works
// of the kinds that deliver it (the plan gives investment by field, not by work).
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';
import type { SearchDoc } from '../plan/search-docs.ts';
import { t } from '../i18n.ts';
import { itemsForKinds } from '../items.ts';
import { fact } from '../search/search.ts';
import { PanelHeader } from './city-panel.tsx';
import { WorksList } from './works-list.tsx';
import { showOnMap } from '../views/show.ts';

export function FactCard({ data, doc, lang }: { data: AppData; doc: SearchDoc; lang: Lang }) {
  const works = itemsForKinds(data.items, doc.kinds);
  // what the map's target= or field= filter takes: a target row of the indicator, or the field itself
  const target = doc.type === 'target' ? data.targets.find((r) => r.indicator === doc.id && r.kinds?.length) : undefined;
  const show = () => {
    fact.value = null;
    showOnMap(doc.type === 'target' ? { target: target!.id } : { field: doc.id }, new Set(doc.kinds));
  };
  return (
    <article class="fact-card" aria-labelledby="fact-title" data-fact={doc.key}>
      <PanelHeader id="fact-title" names={{ name_zh: doc.zh, name_en: doc.en }} lang={lang} closeLabel={t(lang, 'close')} onClose={() => (fact.value = null)}>
        <p class="eyebrow">{t(lang, doc.type === 'target' ? 'type_target' : 'type_field')}</p>
      </PanelHeader>
      <p>{lang === 'zh' ? doc.meta_zh : doc.meta_en}</p>
      {doc.type === 'field' && <p class="note">{t(lang, 'totalsFieldsNote')}</p>}
      {doc.ref && (
        <p class="source">
          {doc.ref} {t(lang, 'lineN', { n: doc.line ?? 0 })}
        </p>
      )}
      {works.length > 0 && (doc.type === 'field' || target) && (
        <p>
          <button type="button" class="zoom" data-fact-show onClick={show}>
            {t(lang, 'showWorksOnMap', { n: works.length })}
          </button>
        </p>
      )}
      {works.length > 0 && <WorksList items={works} lang={lang} />}
    </article>
  );
}
