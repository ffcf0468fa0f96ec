// Investment context of a corridor or a work: the 附件2 fields its works belong to, with what the plan
// puts into each. The plan gives investment by field only, and the panel says so.
import type { AppData } from '../data.ts';
import type { Lang, PlanItem } from '../types.ts';
import { t } from '../i18n.ts';
import { investmentFor, parentOf } from '../investment.ts';
import { Source } from './city-panel.tsx';
import { TermLink } from '../views/glossary-link.tsx';

/** 亿元 in the reader's terms: 亿元 in Chinese, billions of yuan in English. */
export const yuan = (yi: number, lang: Lang) => (lang === 'zh' ? `${yi.toLocaleString('zh-CN')} 亿元` : `¥${(yi / 10).toLocaleString('en', { maximumFractionDigits: 1 })} bn`);

export function InvestmentContext({ data, works, lang }: { data: AppData; works: PlanItem[]; lang: Lang }) {
  const fields = investmentFor(data.investment, works);
  if (fields.length === 0) return null;
  return (
    <section class="investment" aria-labelledby="investment-title">
      <h3 id="investment-title">
        <TermLink id="fujian-2" lang={lang}>
          {t(lang, 'investmentContext')}
        </TermLink>
      </h3>
      <p class="hint">{t(lang, 'investmentNote')}</p>
      <ul>
        {fields.map(({ row, works: here }) => {
          const parent = parentOf(data.investment, row);
          const name = (r: { name_zh: string; name_en: string }) => (lang === 'zh' ? r.name_zh : r.name_en);
          return (
            <li key={row.id} data-investment={row.id}>
              <span class="field">
                {parent && parent.level !== 'total' ? `${name(parent)} · ` : ''}
                {name(row)}
              </span>
              <span class="amount">{t(lang, 'investmentAmount', { plan: yuan(row.plan_2021_2025, lang), total: yuan(row.total, lang) })}</span>
              {works.length > 1 && <span class="here">{t(lang, 'worksInField', { n: here.length })}</span>}
              <Source s={row.source} lang={lang} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
