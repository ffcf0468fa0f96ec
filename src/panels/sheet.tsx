// On a phone the side panel is a bottom sheet: peek (a line), half (the map stays visible and usable
// above it) and full, dragged by its handle or tapped through; the layer list has a sheet of its own.
// On wider screens none of this renders and the panel sits beside the map.
import { signal, effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { city, corridor, item, lang, picks, view } from '../state.ts';
import { fact } from '../search/search.ts';
import { t } from '../i18n.ts';

export type SheetPosition = 'peek' | 'half' | 'full';
export const PHONE = '(max-width: 760px)';
/** Where the sheet stands, and what it shows: the panels, or the layer list. */
export const sheet = signal<SheetPosition>('peek');
export const sheetContent = signal<'panels' | 'layers'>('panels');
const ORDER: SheetPosition[] = ['peek', 'half', 'full'];

/** A panel opened (a city, a work, a corridor, the picker, a search fact) brings the sheet up to half;
 * a view other than the map (the list, the plan's views) is read in the sheet, opened full. */
export function bindSheet() {
  let first = true;
  const panels = effect(() => {
    const opened = !!(city.value || item.value || corridor.value || picks.value.length || fact.value);
    if (first) {
      first = false;
      if (opened) sheet.value = 'half';
      return;
    }
    if (opened && sheet.peek() === 'peek') sheet.value = 'half';
    if (opened) sheetContent.value = 'panels';
  });
  const views = effect(() => {
    if (view.value !== 'map' && matchMedia(PHONE).matches) sheet.value = 'full';
  });
  return () => (panels(), views());
}

/** The sheet's handle: a tap steps through the positions, a drag goes to the nearest. */
export function SheetHandle() {
  const l = lang.value;
  const drag = useRef<{ y: number; h: number; id: number } | null>(null);
  const el = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const handle = el.current!;
    const aside = handle.closest('aside') as HTMLElement;
    const main = aside.parentElement as HTMLElement;
    const down = (e: PointerEvent) => {
      drag.current = { y: e.clientY, h: aside.getBoundingClientRect().height, id: e.pointerId };
      handle.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || Math.abs(e.clientY - d.y) < 6) return;
      aside.style.height = `${Math.max(56, Math.min(main.clientHeight, d.h - (e.clientY - d.y)))}px`;
    };
    const up = (e: PointerEvent) => {
      const d = drag.current;
      drag.current = null;
      if (!d) return;
      const dy = e.clientY - d.y;
      aside.style.height = '';
      if (Math.abs(dy) < 6) {
        sheet.value = ORDER[(ORDER.indexOf(sheet.peek()) + 1) % ORDER.length];
        return;
      }
      const h = (d.h - dy) / main.clientHeight;
      sheet.value = h < 0.3 ? 'peek' : h < 0.75 ? 'half' : 'full';
    };
    handle.addEventListener('pointerdown', down);
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
    return () => {
      handle.removeEventListener('pointerdown', down);
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
  }, []);
  const next = ORDER[(ORDER.indexOf(sheet.value) + 1) % ORDER.length];
  return (
    <div class="sheet-bar">
      <button
        ref={el}
        type="button"
        class="sheet-handle"
        data-sheet-handle
        aria-label={t(l, next === 'peek' ? 'sheetPeek' : next === 'half' ? 'sheetHalf' : 'sheetFull')}
        // the keyboard steps through the positions as a tap does (pointer taps are handled above)
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            sheet.value = next;
          }
        }}
      >
        <span aria-hidden="true" />
      </button>
      <div class="sheet-tabs" role="group" aria-label={t(l, 'sheetContent')}>
        <button type="button" data-sheet-content="panels" aria-pressed={sheetContent.value === 'panels'} onClick={() => ((sheetContent.value = 'panels'), sheet.value === 'peek' && (sheet.value = 'half'))}>
          {t(l, 'sheetPanels')}
        </button>
        <button type="button" data-sheet-content="layers" aria-pressed={sheetContent.value === 'layers'} onClick={() => ((sheetContent.value = 'layers'), sheet.value === 'peek' && (sheet.value = 'half'))}>
          {t(l, 'layers')}
        </button>
      </div>
      {sheet.value !== 'peek' && (
        <button type="button" class="close sheet-close" data-sheet-close aria-label={t(l, 'sheetPeek')} title={t(l, 'sheetPeek')} onClick={() => (sheet.value = 'peek')}>
          ⌄
        </button>
      )}
    </div>
  );
}
