/**
 * The tag panel, injected right after its frame (tagger.content): the form for the selection,
 * or the people found on the page with chips beside their names. Finding them is the heavy part,
 * so it runs after the panel has painted, within a time budget.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { currentShell, type PanelShell } from '../../components/panel-shell';
import { type Findings, TagPanel } from '../../components/TagPanel';
import { parseSelection } from '../../lib/capture';
import { detectPeople, foundPerson } from '../../lib/extract';
import { askBackground, TaggerOpen } from '../../lib/messages';

/** The newest copy answers; older copies (WXT invalidates them, but asynchronously) stand down. */
const CURRENT = Symbol.for('rolecall.panel.current');
/** Detection stops here on absurd pages and says so: the page must keep working. */
const DETECTION_BUDGET_MS = 1_500;

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    const instance = Symbol('panel instance');
    Reflect.set(globalThis, CURRENT, instance);
    let close: (() => void) | undefined;
    const listener = (message: unknown) => {
      const open = TaggerOpen.safeParse(message);
      if (!open.success || !ctx.isValid || Reflect.get(globalThis, CURRENT) !== instance) return;
      const shell = currentShell();
      if (!shell) return;
      close?.();
      close = mountPanel(shell, open.data.selection ?? window.getSelection()?.toString() ?? '');
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      close?.();
    });
  },
});

/** Images the page has finished loading: showing one again in the panel fetches nothing. */
function loadedImages(): Set<string> {
  const urls = new Set<string>();
  for (const img of document.images) {
    if (img.complete && img.naturalWidth > 0) urls.add(img.currentSrc || img.src);
  }
  return urls;
}

function mountPanel(shell: PanelShell, selection: string): () => void {
  const pageUrl = location.href;
  const person = parseSelection(selection);
  const siteName = document.querySelector<HTMLMetaElement>(
    'meta[property="og:site_name"]',
  )?.content;
  let findings: Findings | undefined;
  let elements = new Map<string, Element>();
  let photos = new Set<string>();
  const close = () => {
    render(null, shell.container);
    shell.close();
  };
  const draw = () =>
    render(
      <TagPanel
        person={person}
        pageUrl={pageUrl}
        loadContext={(name) =>
          askBackground('tagger/context', { pageUrl, name, ...(siteName ? { siteName } : {}) })
        }
        save={(draft) => askBackground('stakeholder/save', draft)}
        lookupKnown={(people) => askBackground('tagger/known', { pageUrl, people })}
        findings={findings}
        elements={elements}
        shownPhoto={(url) => photos.has(url)}
        onClose={close}
      />,
      shell.container,
    );
  shell.container.replaceChildren();
  draw();
  if (person.name === '') {
    // After the panel has painted: detection reads the whole page.
    setTimeout(() => {
      const { people, gaveUp } = detectPeople(document, new URL(pageUrl), {
        budgetMs: DETECTION_BUDGET_MS,
      });
      elements = new Map();
      for (const found of people) if (found.element) elements.set(found.key, found.element);
      photos = loadedImages();
      findings = { people: people.map(foundPerson), gaveUp };
      draw();
    }, 0);
  }
  return close;
}
