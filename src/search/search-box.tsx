// The one search box: an ARIA combobox (input[type=search] with a listbox of options grouped by type;
// ↑ ↓ move, Enter chooses, Escape closes then clears). Choosing a result flies there and opens its
// card, panel or filter. What the user typed is only ever rendered as text.
import { useRef, useState } from 'preact/hooks';
import { batch } from '@preact/signals';
import { city, corridor, filters, item, lang, picks, searchText } from '../state.ts';
import { t, type StringKey } from '../i18n.ts';
import { ensureSearch, fact, grouped, results, resultsOpen, searchFailed, searchReady } from './search.ts';
import type { SearchDoc } from '../plan/search-docs.ts';

/** What choosing a result does: a work's card, a city's panel, a corridor's inspector, a region's filter, a target's or a field's card. */
export function choose(d: SearchDoc) {
  batch(() => {
    picks.value = [];
    fact.value = null;
    if (d.type === 'work' || d.type === 'county') {
      corridor.value = null;
      item.value = d.id;
    } else if (d.type === 'city') {
      item.value = null;
      corridor.value = null;
      city.value = d.id;
    } else if (d.type === 'corridor') {
      item.value = null;
      corridor.value = d.id;
    } else if (d.type === 'region') {
      filters.value = { ...filters.value, region: d.id };
    } else {
      item.value = null;
      corridor.value = null;
      fact.value = d;
    }
  });
}

// (preact's types demand a `list` attribute for role=combobox, which a listbox popup does not use)
const COMBOBOX = { role: 'combobox' } as Record<string, string>;

export function SearchBox() {
  const l = lang.value;
  const text = searchText.value;
  const open = resultsOpen.value;
  const setOpen = (v: boolean) => (resultsOpen.value = v);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const groups = grouped(results.value);
  const flat = groups.flatMap(([, ds]) => ds);
  const expanded = open && text.trim().length > 0;
  const name = (d: SearchDoc) => (l === 'zh' ? d.zh : d.en);
  const other = (d: SearchDoc) => (l === 'zh' ? d.en : d.zh);
  const pick = (d: SearchDoc | undefined) => {
    if (!d) return;
    choose(d);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (flat.length) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % flat.length : (a - 1 + flat.length) % flat.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(flat[active] ?? flat[0]);
    } else if (e.key === 'Escape') {
      // the box handles its own Escape: close the results, then clear the text
      e.preventDefault();
      if (expanded) setOpen(false);
      else searchText.value = '';
    }
  };
  const status = !text.trim() ? '' : searchFailed.value ? searchFailed.value : !searchReady.value ? t(l, 'searchLoading') : flat.length ? t(l, 'searchResults', { n: results.value.length }) : t(l, 'searchNone', { v: text.trim() });
  let k = -1;
  return (
    <div class="search" role="search">
      <input
        ref={input}
        type="search"
        {...COMBOBOX}
        aria-label={t(l, 'searchLabel')}
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && flat[active] ? `opt-${active}` : undefined}
        placeholder={t(l, 'searchPlaceholder')}
        value={text}
        maxLength={100}
        autocomplete="off"
        spellcheck={false}
        onFocus={() => {
          void ensureSearch();
          setOpen(true);
        }}
        onInput={(e) => {
          searchText.value = e.currentTarget.value;
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
      />
      <p class="search-status" role="status" aria-live="polite">
        {expanded ? status : ''}
      </p>
      <div id="search-results" role="listbox" aria-label={t(l, 'searchLabel')} hidden={!expanded || flat.length === 0}>
        {groups.map(([type, ds]) => (
          <div key={type} role="group" aria-labelledby={`grp-${type}`} data-group={type}>
            <div class="group-title" id={`grp-${type}`} role="presentation">
              {t(l, `type_${type}` as StringKey)}
            </div>
            {ds.map((d) => {
              k++;
              const i = k;
              return (
                <div
                  key={d.key}
                  id={`opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-key={d.key}
                  class={i === active ? 'active' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(d)}
                  onMouseEnter={() => setActive(i)}
                >
                  <span class="name">{name(d)}</span> <span class="other" lang={l === 'zh' ? 'en' : 'zh-CN'}>{other(d)}</span>
                  {(d.meta_zh || d.meta_en) && <span class="meta">{l === 'zh' ? d.meta_zh : d.meta_en}</span>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
