// One plan work: both names, kind, status (with the plan's own wording), cities, the quote with its
// box and line, the precision of its location and where that came from, its corridor, the targets it
// serves and the investment context of its field.
import { useEffect, useRef } from 'preact/hooks';
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';
import { t, cityName } from '../i18n.ts';
import { kindLabels, PRECISIONS, SECTORS, STATUSES, type Sector } from '../plan/vocab.ts';
import { PanelHeader, Source } from './city-panel.tsx';
import { city, corridor, item } from '../state.ts';
import { targetsForItem } from '../items.ts';
import { InvestmentContext } from './investment-context.tsx';

export const kindLabel = (sector: string, kind: string, lang: Lang) => kindLabels(sector, kind)[lang];
export const statusLabel = (status: string, lang: Lang) => (STATUSES as Record<string, { zh: string; en: string }>)[status]?.[lang] ?? status;

export function ItemCard({ data, id, lang, onZoom }: { data: AppData; id: string; lang: Lang; onZoom?: () => void }) {
  const it = data.index.byId.get(id);
  const card = useRef<HTMLElement>(null);
  // opened from the list or the search, the card comes into view (the panel may be scrolled down)
  useEffect(() => card.current?.scrollIntoView({ block: 'nearest' }), [id]);
  if (!it) return null;
  const p = it.properties;
  const corr = p.corridor ? data.corridors.find((c) => c.id === p.corridor) : undefined;
  const served = targetsForItem(data.targets, it);
  return (
    <article class="item-card" aria-labelledby="item-title" data-item={it.id} ref={card}>
      <PanelHeader id="item-title" names={p} lang={lang} closeLabel={t(lang, 'close')} onClose={() => (item.value = null)}>
        <p class="eyebrow">
          {SECTORS[p.sector as Sector]?.[lang]} · {kindLabel(p.sector, p.kind, lang)}
        </p>
      </PanelHeader>
      <dl class="facts">
        <dt>{t(lang, 'status')}</dt>
        <dd>
          <span class={`status status-${p.status}`}>{statusLabel(p.status, lang)}</span> <span class="plan-words">“{p.status_zh}”</span>
        </dd>
        <dt>{t(lang, 'cities')}</dt>
        <dd>
          {p.cities.map((c, i) => (
            <>
              {i > 0 && '、'}
              <button type="button" class="link" onClick={() => ((city.value = c), (item.value = null))}>
                {cityName(data.cityById.get(c)!, lang)}
              </button>
            </>
          ))}
        </dd>
        {corr && (
          <>
            <dt>{t(lang, 'corridorOf')}</dt>
            <dd>
              <button type="button" class="link" onClick={() => ((corridor.value = corr.id), (item.value = null))}>
                {lang === 'zh' ? corr.name_zh : corr.name_en}
              </button>
            </dd>
          </>
        )}
        <dt>{t(lang, 'precision')}</dt>
        <dd>
          <span class={`precision precision-${p.precision}`}>{PRECISIONS[p.precision][lang]}</span>
          {!it.geometry && (
            <p class="applies-across">
              {t(lang, 'appliesAcross', {
                v: p.cities.length === data.cities.length ? t(lang, 'wholeProvince') : p.cities.map((c) => cityName(data.cityById.get(c)!, lang)).join(lang === 'zh' ? '、' : ', '),
              })}
            </p>
          )}
          <p class="location-note">{lang === 'zh' ? p.location_note_zh : p.location_note_en}</p>
          {p.notes_zh && p.notes_en && <p class="item-notes">{lang === 'zh' ? p.notes_zh : p.notes_en}</p>}
        </dd>
      </dl>
      {served.length > 0 && (
        <>
          <h3>{t(lang, 'targetsServed')}</h3>
          <ul class="targets">
            {served.map((tg) => (
              <li key={tg.id}>
                {lang === 'zh' ? tg.name_zh : tg.name_en} · {tg.year}: <strong>{tg.value_text ?? `${tg.value ?? ''} ${tg.unit}`}</strong>
                <Source s={tg.source} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
      <InvestmentContext data={data} works={[it]} lang={lang} />
      <blockquote lang="zh-CN" class="plan-quote">
        “{p.source.quote}”
      </blockquote>
      <Source s={p.source} lang={lang} />
      {onZoom && (
        <p>
          <button type="button" class="zoom" onClick={onZoom}>
            {t(lang, 'zoomTo')}
          </button>
        </p>
      )}
    </article>
  );
}
