// The corridor inspector: route (cities in order), schematic length, works by status, the investment
// context of its works' fields, the works.
import { length } from '@turf/length';
import type { AppData } from '../data.ts';
import type { Lang } from '../types.ts';
import { t, cityName } from '../i18n.ts';
import { STATUSES, type Status } from '../plan/vocab.ts';
import { PanelHeader, Source } from './city-panel.tsx';
import { WorksList } from './works-list.tsx';
import { corridor } from '../state.ts';
import { InvestmentContext } from './investment-context.tsx';
import { TermLink } from '../views/glossary-link.tsx';

export function CorridorPanel({ data, id, lang }: { data: AppData; id: string; lang: Lang }) {
  const c = data.corridors.find((x) => x.id === id);
  if (!c) return null;
  const works = data.index.byCorridor.get(c.id) ?? [];
  const km = length({ type: 'Feature', properties: {}, geometry: c.geometry }, { units: 'kilometers' });
  const counts = (Object.keys(STATUSES) as Status[]).map((s) => [s, works.filter((w) => w.properties.status === s).length] as const).filter(([, n]) => n > 0);
  return (
    <article class="corridor-panel" aria-labelledby="corridor-title" data-corridor={c.id}>
      <PanelHeader id="corridor-title" names={c} lang={lang} closeLabel={t(lang, 'close')} onClose={() => (corridor.value = null)} />
      <p class="hint">
        {t(lang, 'corridorNote')}{' '}
        <TermLink id="sanheng-sizong" lang={lang}>
          {t(lang, 'aboutCorridors')}
        </TermLink>
      </p>
      <dl class="facts">
        <dt>{t(lang, 'route')}</dt>
        <dd class="route">{c.cities.map((a) => cityName(data.cityById.get(a)!, lang)).join(' → ')}</dd>
        <dt>{t(lang, 'length')}</dt>
        <dd data-length-km={Math.round(km)}>≈ {Math.round(km).toLocaleString()} km</dd>
        <dt>{t(lang, 'byStatus')}</dt>
        <dd>{counts.map(([s, n]) => `${STATUSES[s][lang]} ${n}`).join(' · ') || '—'}</dd>
      </dl>
      <Source s={c.source} lang={lang} />
      <InvestmentContext data={data} works={works} lang={lang} />
      <h3>{t(lang, 'worksOnCorridor', { n: works.length })}</h3>
      <WorksList items={works} lang={lang} />
    </article>
  );
}
