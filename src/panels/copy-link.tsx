// "Copy link": the page's address holds the whole view (query: language, layers, filters, search, view,
// selection; hash: the camera), so sharing the view is copying it. Where the Clipboard API is refused,
// the link is shown in a selected text field to copy by hand.
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { lang } from '../state.ts';
import { t } from '../i18n.ts';

const state = signal<'idle' | 'copied' | 'manual'>('idle');
let timer: ReturnType<typeof setTimeout> | undefined;

async function copy() {
  clearTimeout(timer);
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(location.href);
    state.value = 'copied';
    timer = setTimeout(() => (state.value = 'idle'), 2500);
  } catch {
    state.value = 'manual';
  }
}

function ManualCopy() {
  const l = lang.value;
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <div class="copy-manual" role="dialog" aria-label={t(l, 'linkField')}>
      <label>
        <span>{t(l, 'linkCopyManual')}</span>
        <input ref={field} type="text" readOnly value={location.href} data-link-field onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), (state.value = 'idle'))} />
      </label>
      <button type="button" class="close" aria-label={t(l, 'close')} title={t(l, 'close')} onClick={() => (state.value = 'idle')}>
        ×
      </button>
    </div>
  );
}

export function CopyLink() {
  const l = lang.value;
  return (
    <span class="copy-link">
      <button type="button" data-copy-link title={t(l, 'copyLinkTitle')} onClick={() => void copy()}>
        {state.value === 'copied' ? t(l, 'linkCopied') : t(l, 'copyLink')}
      </button>
      <span class="visually-hidden" role="status">
        {state.value === 'copied' ? t(l, 'linkCopied') : ''}
      </span>
      {state.value === 'manual' && <ManualCopy />}
    </span>
  );
}
