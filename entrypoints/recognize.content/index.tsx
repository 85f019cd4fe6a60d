/**
 * Automatic recognition, on the sites the rep turned it on for (registered by the background,
 * see lib/recognition/registration.ts): people already on the map get their role badge beside
 * their name, and a changed title or company is flagged, without a click. Nobody unknown is
 * marked, and the page is only read, never changed.
 */
import { render } from 'preact';
import { PageChips } from '../../components/PageChips';
import { PanelVocabularyContext } from '../../components/panel-text';
import styles from '../../components/styles.css?inline';
import { detectPeople, type FoundPerson, foundPerson, lookupReference } from '../../lib/extract';
import { askBackground } from '../../lib/messages';

/** Recognition must never slow the page down: it reads less than the panel does. */
const DETECTION_BUDGET_MS = 600;
/** Single-page apps (a profile network) change pages without loading: look again after. */
const SETTLE_MS = 800;

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    let clear: (() => void) | undefined;
    const look = () => {
      clear?.();
      clear = undefined;
      void recognize().then((remove) => {
        if (ctx.isValid) clear = remove;
        else remove?.();
      });
    };
    ctx.setTimeout(look, SETTLE_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(look, SETTLE_MS));
    ctx.onInvalidated(() => clear?.());
  },
});

async function recognize(): Promise<(() => void) | undefined> {
  const pageUrl = location.href;
  const { people } = detectPeople(document, new URL(pageUrl), { budgetMs: DETECTION_BUDGET_MS });
  if (people.length === 0) return undefined;
  const found = people.map(foundPerson);
  const [{ matches }, context] = await Promise.all([
    askBackground('tagger/known', { pageUrl, people: found.map(lookupReference) }),
    askBackground('tagger/context', { pageUrl, name: '' }),
  ]);
  if (matches.length === 0) return undefined;
  const known = new Map(matches.map((match) => [match.key, match]));
  const elements = new Map<string, Element>();
  for (const person of people) if (person.element) elements.set(person.key, person.element);

  const host = document.createElement('rolecall-recognition');
  host.style.cssText =
    'all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483646!important;display:block!important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  container.className = 'rc-root';
  shadow.append(style, container);
  document.documentElement.append(host);
  const open = (person: FoundPerson) =>
    void askBackground('tagger/invoke', {
      selection: [person.name, person.title ?? ''].join('\n').slice(0, 2000),
    });
  render(
    <PanelVocabularyContext.Provider value={context.vocabulary}>
      <PageChips
        people={found.filter((person) => known.has(person.key))}
        elements={elements}
        known={known}
        onOpen={open}
      />
    </PanelVocabularyContext.Provider>,
    container,
  );
  return () => {
    render(null, container);
    host.remove();
  };
}
