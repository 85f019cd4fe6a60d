/**
 * The panel, as an extension page framed on the rep's page: the page cannot read or script it.
 * It asks the background which opening of the panel it is (refused unless the tab invoked
 * Rolecall), the page script what the page shows, and the background for everything on the map.
 */
import { render } from 'preact';
import '../../components/styles.css';
import './frame.css';
import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { type Findings, TagPanel } from '../../components/TagPanel';
import { parseSelection } from '../../lib/capture';
import { panelEn } from '../../lib/i18n/ui/panel/en';
import { askBackground } from '../../lib/messages';
import { type FindingsSchema, PageNotice } from '../../lib/messages/frame';
import { askPage, type FrameSession } from '../../lib/messages/page-client';

const app = document.getElementById('app');
if (app) void start(app);

async function start(app: HTMLElement): Promise<void> {
  const token = location.hash.slice(1);
  const welcome =
    window.top !== window && token !== ''
      ? await askBackground('panel/hello', { token }).catch(() => undefined)
      : undefined;
  if (!welcome?.ok) {
    // Not framed by a tab that invoked Rolecall: show nothing of the map.
    app.replaceChildren();
    return;
  }
  const session: FrameSession = { tabId: welcome.tabId, token };
  const close = () => void askPage(session, 'page/close', {}).catch(() => undefined);
  const info = await askPage(session, 'page/info', {}).catch(() => undefined);
  if (!info) {
    // The page's script did not answer (the extension was updated under it): say so, and
    // leave a way out.
    app.replaceChildren();
    render(<PageLost onClose={close} />, app);
    return;
  }
  const person = parseSelection(info.selection);
  const { pageUrl, siteName, pageLanguage } = info;
  const chipListeners = new Set<(key: string) => void>();
  let findings: Findings | undefined;
  // Escape closes the panel wherever focus is in it (the page never hears the key), once the
  // key is released: Chromium can fail when a focused frame goes while a key is on its way.
  document.addEventListener('keyup', (event) => {
    if (event.key === 'Escape' && event.isTrusted && !event.defaultPrevented) close();
  });
  const draw = () =>
    render(
      <TagPanel
        person={person}
        pageUrl={pageUrl}
        pageLanguage={pageLanguage}
        loadContext={(name) =>
          askBackground('tagger/context', { pageUrl, name, ...(siteName ? { siteName } : {}) })
        }
        save={(draft) => askBackground('stakeholder/save', draft)}
        lookupKnown={(people) => askBackground('tagger/known', { pageUrl, people })}
        findings={findings}
        onMarks={(marks) => void askPage(session, 'page/chips', { marks }).catch(() => undefined)}
        chipClicks={(open) => {
          chipListeners.add(open);
          return () => chipListeners.delete(open);
        }}
        onClose={close}
      />,
      app,
    );
  app.replaceChildren();
  draw();
  followSize(session, app);
  if (person.name !== '') return;
  // Ask now, and again when detection says it started: it may not have been there to answer.
  const askFindings = async () => {
    const answer: z.infer<typeof FindingsSchema> | undefined = await askPage(
      session,
      'page/findings',
      {},
    ).catch(() => undefined);
    if (!answer || findings) return;
    findings = answer;
    draw();
  };
  listenToPage(session, (notice) => {
    if (notice.type === 'panel/finding') void askFindings();
    else for (const open of chipListeners) open(notice.key);
  });
  await askFindings();
}

function PageLost({ onClose }: { onClose: () => void }) {
  return (
    <div class="rc-root rc-panel" role="dialog" aria-label={panelEn['panel.title']}>
      <p class="rc-alert" role="alert">
        {panelEn['panel.unreachable']}
      </p>
      <div class="rc-actions">
        <button type="button" class="rc-button rc-button--primary" onClick={onClose}>
          {panelEn['panel.close']}
        </button>
      </div>
    </div>
  );
}

/** The frame is as tall as the panel's content (the page script keeps it within the window). */
function followSize(session: FrameSession, app: HTMLElement): void {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(app.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    void askPage(session, 'page/size', { height }).catch(() => undefined);
  }).observe(app);
}

/** Notices come from the page script of this frame's own tab, and of this opening only. */
function listenToPage(session: FrameSession, hear: (notice: PageNotice) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const notice = PageNotice.safeParse(message);
    if (!notice.success || notice.data.token !== session.token) return undefined;
    if (
      sender.id !== browser.runtime.id ||
      sender.tab?.id !== session.tabId ||
      sender.frameId !== 0
    )
      return undefined;
    hear(notice.data);
    return undefined;
  });
}
