/**
 * Automatic recognition, on the sites the rep turned it on for (registered by the background,
 * see lib/recognition/registration.ts): people already on the map get their role badge beside
 * their name, and a changed title or company is flagged, without a click. Nobody unknown is
 * marked, the page is only read, never changed, and what a chip says is drawn in a closed
 * shadow root the page cannot open. A click (the rep's own) opens that person in the panel.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import chipStyles from '../../components/chips.css?inline';
import { PageChips } from '../../components/PageChips';
import { mountLayer } from '../../components/page-layer';
import { SELECTION_LIMIT } from '../../lib/capture/invoke';
import { detectInSlices, foundPerson, lookupReference } from '../../lib/extract';
import { askBackground } from '../../lib/messages';

/** Recognition must never slow the page down: it reads less than the panel does. */
const DETECTION_BUDGET_MS = 600;
/** Single-page apps (a profile network) change pages without loading: look again after. */
const SETTLE_MS = 800;

export default defineUnlistedScript(() => {
  let clear: (() => void) | undefined;
  let timer = 0;
  const look = () => {
    clear?.();
    clear = undefined;
    void recognize().then(
      (remove) => {
        // An update or removal of the extension leaves this script without a runtime.
        if (browser.runtime?.id) clear = remove;
        else remove?.();
      },
      () => undefined,
    );
  };
  const later = () => {
    clearTimeout(timer);
    timer = window.setTimeout(look, SETTLE_MS);
  };
  later();
  // Navigation within the page (history API), seen without telling the page anything.
  let url = location.href;
  setInterval(() => {
    if (location.href === url) return;
    url = location.href;
    later();
  }, 1000);
});

async function recognize(): Promise<(() => void) | undefined> {
  const pageUrl = location.href;
  const { people } = await detectInSlices(document, new URL(pageUrl), {
    budgetMs: DETECTION_BUDGET_MS,
  });
  if (people.length === 0) return undefined;
  const found = people.map(foundPerson);
  const { marks } = await askBackground('tagger/marks', {
    pageUrl,
    people: found.map(lookupReference),
  });
  if (marks.length === 0) return undefined;
  const elements = new Map<string, Element>();
  for (const person of people) if (person.element) elements.set(person.key, person.element);
  const byKey = new Map(found.map((person) => [person.key, person]));
  const open = (key: string) => {
    const person = byKey.get(key);
    if (!person) return;
    void askBackground('tagger/invoke', {
      selection: [person.name, person.title ?? ''].join('\n').slice(0, SELECTION_LIMIT),
    });
  };
  const layer = mountLayer(
    'position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483646!important;',
    chipStyles,
  );
  render(<PageChips marks={marks} elements={elements} onOpen={open} />, layer.root);
  return () => {
    render(null, layer.root);
    layer.remove();
  };
}
