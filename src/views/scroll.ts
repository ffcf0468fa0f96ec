// A view opened by a click scrolls into sight in the side panel; the view a link opened does not (a card
// the link also opened stays where it is).
import { useEffect, useRef } from 'preact/hooks';

let linkView: string | null = new URLSearchParams(location.search).get('view');

export function useScrollIntoView<T extends HTMLElement>(name: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const fromLink = linkView === name;
    linkView = null;
    if (!fromLink) ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return ref;
}
