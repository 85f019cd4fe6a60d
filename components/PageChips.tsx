/**
 * Small chips beside the names on the page, drawn in Rolecall's own shadow root over the page
 * (the page's elements are only measured, never changed). A known person's chip shows their
 * role; a click opens their form in the panel.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FoundPerson } from '../lib/extract/found';
import type { KnownMatch } from '../lib/messages/protocol';
import { useRoleBadge } from './PeopleList';
import { usePanelText } from './panel-text';

export interface PageChipsProps {
  people: readonly FoundPerson[];
  /** Where each person's name is shown on the page, by key. */
  elements: ReadonlyMap<string, Element>;
  known: ReadonlyMap<string, KnownMatch>;
  onOpen: (person: FoundPerson) => void;
}

interface Place {
  person: FoundPerson;
  left: number;
  top: number;
}

/**
 * Select the name in `element` when one text holds it ("Company secretary — Olusegun
 * Adeyemi-Hart, tel. …": the chip belongs after the name, not on the phone link); otherwise
 * its words, from its first text to its last, leaving out text with no letters (an icon's "+"
 * or "›" in a button); the whole element when it holds no words.
 */
export function selectText(range: Range, element: Element, name = ''): void {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: Node | undefined;
  let last: Node | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const at = name === '' ? -1 : text.indexOf(name);
    if (at >= 0 && text.trim() !== name) {
      range.setStart(node, at);
      range.setEnd(node, at + name.length);
      return;
    }
    if (!/\p{L}/u.test(text)) continue;
    first ??= node;
    last = node;
  }
  if (!first || !last) {
    range.selectNodeContents(element);
    return;
  }
  range.setStart(first, 0);
  range.setEnd(last, last.nodeValue?.length ?? 0);
}

/** Viewport positions just after each name; names the page hides or scrolls away get none. */
function places(people: readonly FoundPerson[], elements: ReadonlyMap<string, Element>): Place[] {
  const out: Place[] = [];
  const width = window.innerWidth;
  const height = window.innerHeight;
  const range = document.createRange();
  for (const person of people) {
    const element = elements.get(person.key);
    if (!element) continue;
    // The text's own box: a heading spans the card, its name does not; nor do icons beside it.
    selectText(range, element, person.name);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.bottom < 0 || rect.top > height || rect.left > width) continue;
    out.push({
      person,
      left: Math.min(rect.right + 6, width - 28),
      top: rect.top + rect.height / 2 - 10,
    });
  }
  return out;
}

export function PageChips({ people, elements, known, onOpen }: PageChipsProps) {
  const t = usePanelText();
  const changeNote = (match: KnownMatch) =>
    [
      match.titleOnPage !== undefined &&
        t('people.staleTitle', { title: match.titleOnPage, stored: match.storedTitle }),
      match.orgOnPage !== undefined && t('people.staleOrg', { org: match.orgOnPage }),
    ]
      .filter((line) => line !== false)
      .join(' ');
  const badge = useRoleBadge();
  const [, setFrame] = useState(0);
  useEffect(() => {
    // Follow scrolling, resizing and the page's own changes (a banner pushing the grid down,
    // an image loading), at most once a frame. Rolecall's layer lives in its own shadow root,
    // so redrawing the chips does not wake the observer again.
    let pending = 0;
    const again = () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        setFrame((frame) => frame + 1);
      });
    };
    window.addEventListener('scroll', again, { capture: true, passive: true });
    window.addEventListener('resize', again, { passive: true });
    const mutations = new MutationObserver(again);
    mutations.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const sizes = new ResizeObserver(again);
    sizes.observe(document.documentElement);
    return () => {
      cancelAnimationFrame(pending);
      window.removeEventListener('scroll', again, { capture: true });
      window.removeEventListener('resize', again);
      mutations.disconnect();
      sizes.disconnect();
    };
  }, []);
  return (
    <div class="rc-page-chips">
      {places(people, elements).map(({ person, left, top }) => {
        const match = known.get(person.key);
        const changed = match?.titleOnPage !== undefined || match?.orgOnPage !== undefined;
        return (
          <button
            key={person.key}
            type="button"
            class={`rc-page-chip${match ? ' rc-page-chip--known' : ''}${changed ? ' rc-page-chip--changed' : ''}`}
            style={{ left: `${left}px`, top: `${top}px` }}
            aria-label={t('people.chip', { name: person.name })}
            title={match && changed ? changeNote(match) : person.name}
            onClick={() => onOpen(person)}
          >
            {match ? badge(match) : '+'}
            {changed && <b aria-hidden="true"> !</b>}
          </button>
        );
      })}
    </div>
  );
}
