/**
 * The first script injected when the rep invokes Rolecall: it frames the panel (an extension
 * page the page cannot read) in a closed layer over the page, and answers the frame's requests
 * about the page. It carries no words and no map data. Detection follows in a second script.
 *
 * An unlisted script, not a WXT content script: WXT's content-script context announces itself
 * to the page (a window message and a document event named with the extension's id).
 */
import { browser } from 'wxt/browser';
import {
  currentSession,
  listenAsNewest,
  mountLayer,
  type PanelSession,
  setSession,
} from '../../components/page-layer';
import { SELECTION_LIMIT } from '../../lib/capture/invoke';
import { pageLanguageOf } from '../../lib/capture/language';
import type { PageInfo } from '../../lib/messages/frame';
import { PageEnvelope, SizeRequest, TaggerOpen } from '../../lib/messages/page-script';

/** The frame's width; its height follows the panel's content, within the window. */
const WIDTH = 350;
const MARGIN = 16;
/** The frame's height while it shows only its header and loading line, as the placeholder does. */
const LOADING_HEIGHT = 82;

/**
 * The panel's look while its frame loads: the same header and loading line, drawn at once in
 * the closed layer (they say nothing about the map). The frame stands over it, see-through until
 * its own page paints the same header, and the placeholder goes once the frame has loaded.
 */
const PLACEHOLDER_CSS = `
.frame,.shell{position:absolute;top:0;right:0;box-sizing:border-box;width:${WIDTH}px;border-radius:12px;background:#fff;box-shadow:0 12px 32px rgb(20 24 40/.22),0 2px 6px rgb(20 24 40/.12)}
.frame{display:block;border:0;height:${LOADING_HEIGHT}px;max-height:calc(100vh - ${2 * MARGIN}px);color-scheme:light;background:transparent}
.shell{padding:12px 14px 14px;display:grid;gap:10px;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;color:#1c2330;text-align:left}
.brand{display:flex;align-items:center;gap:6px;min-height:26px;font-size:15px;font-weight:600}
.logo{width:18px;height:18px;border-radius:5px;background:#3f51d6;color:#fff;font-size:11px;font-weight:700;display:inline-grid;place-items:center}
.hint{margin:0;color:#5b6575;font-size:12px}`;

/** The placeholder drawn the moment this script arrives, waiting for its frame. */
let waiting: ReturnType<typeof showPlaceholder> | undefined;

export default defineUnlistedScript(() => {
  // Each invocation injects this again: paint the panel's look at once, before any message.
  currentSession()?.close();
  const mine = showPlaceholder();
  waiting = mine;
  // Should the panel not follow (the background failed), the placeholder does not stay.
  setTimeout(() => {
    if (waiting !== mine) return;
    mine.layer.remove();
    waiting = undefined;
  }, 10_000);
  listenAsNewest('tagger', (message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const open = TaggerOpen.safeParse(message);
    if (open.success) {
      openPanel(open.data);
      return undefined;
    }
    // The frame's requests; the other script in this page (detection) answers the rest.
    const session = currentSession();
    const request = PageEnvelope.safeParse(message);
    if (!session || !request.success || request.data.token !== session.token) return undefined;
    switch (request.data.type) {
      case 'page/info':
        return Promise.resolve(pageInfo(session.selection));
      case 'page/size': {
        const size = SizeRequest.safeParse(request.data.payload);
        if (size.success) resize(size.data.height);
        return Promise.resolve({});
      }
      case 'page/close':
        session.close();
        return Promise.resolve({});
      default:
        return undefined;
    }
  });
});

let frame: HTMLIFrameElement | undefined;

function resize(height: number): void {
  if (!frame) return;
  frame.style.height = `${Math.min(Math.ceil(height), window.innerHeight - 2 * MARGIN)}px`;
}

function showPlaceholder(): { layer: PageLayer; shell: HTMLElement } {
  const layer = mountLayer(
    `position:fixed!important;top:${MARGIN}px!important;right:${MARGIN}px!important;`,
    PLACEHOLDER_CSS,
  );
  const shell = placeholder();
  layer.root.append(shell);
  return { layer, shell };
}

function openPanel({ token, frameUrl, selection: given }: TaggerOpen): void {
  currentSession()?.close();
  const { layer, shell } = waiting ?? showPlaceholder();
  waiting = undefined;
  const selection = (given ?? window.getSelection()?.toString() ?? '').slice(0, SELECTION_LIMIT);
  // Focus goes into the panel, and back where it was when the panel closes.
  const before = document.activeElement;
  const iframe = document.createElement('iframe');
  iframe.className = 'frame';
  iframe.src = `${frameUrl}#${token}`;
  iframe.addEventListener(
    'load',
    () => {
      shell.remove();
      iframe.focus();
    },
    { once: true },
  );
  layer.root.append(iframe);
  frame = iframe;
  const cleanups: (() => void)[] = [];
  const session: PanelSession = {
    token,
    selection,
    onClose: (cleanup) => cleanups.push(cleanup),
    close: () => {
      if (currentSession() === session) setSession(undefined);
      if (frame === iframe) frame = undefined;
      // Focus back on the page first, then the frame goes: never a focused frame removed.
      if (before instanceof HTMLElement && before.isConnected) before.focus();
      else if (document.activeElement === layer.host) layer.host.blur();
      requestAnimationFrame(() => layer.remove());
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
  setSession(session);
}

function placeholder(): HTMLElement {
  const part = (tag: string, className: string, text = '') => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  const shell = part('div', 'shell');
  const brand = part('div', 'brand');
  brand.append(part('span', 'logo', 'R'), part('span', '', 'Tag stakeholder'));
  shell.append(brand, part('p', 'hint', 'Loading…'));
  return shell;
}

function pageInfo(selection: string): PageInfo {
  const siteName = document
    .querySelector<HTMLMetaElement>('meta[property="og:site_name"]')
    ?.content.trim()
    .slice(0, 200);
  const lang = pageLanguageOf(document);
  return {
    pageUrl: location.href.slice(0, 4096),
    selection,
    ...(siteName ? { siteName } : {}),
    ...(lang ? { pageLanguage: lang } : {}),
  };
}
