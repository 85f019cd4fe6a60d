/** The tag panel's content script: injected on demand when the rep invokes Rolecall on a page. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import styles from '../../components/styles.css?inline';
import { TagPanel } from '../../components/TagPanel';
import { parseSelection } from '../../lib/capture';
import { askBackground, TaggerOpen } from '../../lib/messages';

/**
 * Each injection runs this script again in the extension's isolated world (the page cannot see
 * it). The newest copy answers; older copies (WXT invalidates them, but asynchronously) stand down.
 */
const CURRENT = Symbol.for('rolecall.tagger.current');

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    const instance = Symbol('tagger instance');
    Reflect.set(globalThis, CURRENT, instance);
    let close: (() => void) | undefined;
    const listener = (message: unknown) => {
      const open = TaggerOpen.safeParse(message);
      if (!open.success || !ctx.isValid || Reflect.get(globalThis, CURRENT) !== instance) return;
      close?.();
      for (const stale of document.querySelectorAll('rolecall-tagger')) stale.remove();
      close = mountPanel(open.data.selection ?? window.getSelection()?.toString() ?? '');
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      close?.();
    });
  },
});

function mountPanel(selection: string): () => void {
  const host = document.createElement('rolecall-tagger');
  // The page's stylesheets can still reach the host element itself: pin what matters inline.
  host.style.cssText =
    'all:initial!important;position:fixed!important;top:16px!important;right:16px!important;z-index:2147483647!important;display:block!important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);

  const pageUrl = location.href;
  const person = parseSelection(selection);
  const siteName = document.querySelector<HTMLMetaElement>(
    'meta[property="og:site_name"]',
  )?.content;
  const close = () => {
    render(null, container);
    host.remove();
  };
  render(
    <TagPanel
      person={person}
      pageUrl={pageUrl}
      loadContext={() =>
        askBackground('tagger/context', {
          pageUrl,
          name: person.name,
          ...(siteName ? { siteName } : {}),
        })
      }
      save={(draft) => askBackground('stakeholder/save', draft)}
      onClose={close}
    />,
    container,
  );
  return close;
}
