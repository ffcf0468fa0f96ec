// A term of the plan linked to its glossary entry (the About view at `term=<id>`). For any panel:
//   <TermLink id="sanheng-sizong" lang={lang}>三横四纵</TermLink>, or <TermLink text={words} lang={lang} />
// which links the first term the text names (and renders the plain text when it names none).
import { batch } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../types.ts';
import { term, view } from '../state.ts';
import type { TermId } from './glossary-ids.ts';
import { glossaryHref, termOf } from './glossary-words.ts';
import { st } from './strings.ts';

/** Opens the About view at an entry (what a click on a TermLink does). */
export function openTerm(id: TermId) {
  batch(() => {
    term.value = id;
    view.value = 'about';
  });
}

export function TermLink({ id, text, lang, children }: { id?: TermId; text?: string; lang: Lang; children?: ComponentChildren }) {
  const target = id ?? (text ? termOf(text) : null);
  const shown = children ?? text;
  if (!target) return <>{shown}</>;
  return (
    <a
      class="term-link"
      href={glossaryHref(target, lang)}
      data-term={target}
      title={st(lang, 'glossaryLink', { v: typeof shown === 'string' ? shown : target })}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        openTerm(target);
      }}
    >
      {shown}
    </a>
  );
}
