/** The background: owns the database, answers the tag panel, and opens it from menu and shortcut. */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { invokeTagger, PANEL_PAGE, PanelOpenings } from '../../lib/capture/invoke';
import { knownPeople } from '../../lib/capture/known';
import { knownMarks } from '../../lib/capture/marks';
import { saveTag, taggerContext } from '../../lib/capture/service';
import {
  openDatabase,
  type RolecallDatabase,
  readSettings,
  requestPersistentStorage,
  updateSettings,
} from '../../lib/db';
import { panelVocabulary } from '../../lib/i18n/panel-vocabulary';
import { languageFor, uiText } from '../../lib/i18n/ui';
import { dispatch } from '../../lib/messages/server';
import type { Language, Settings } from '../../lib/model';
import { syncRecognition } from '../../lib/recognition/registration';

const MENU_ID = 'tag-stakeholder';

/** Which opening of the panel each tab's frame may claim. */
const openings = new PanelOpenings();

export default defineBackground(() => {
  const db = openDatabase();
  void requestPersistentStorage();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('contextMenuTag'),
      contexts: ['selection', 'page'],
    });
  });

  // Recognition follows the rep's site list and what the browser granted, whichever changes.
  const recognize = () =>
    readSettings(db).then((s) => syncRecognition(browser, s.recognitionSites));
  liveQuery(() => readSettings(db).then((s) => s.recognitionSites.join(' '))).subscribe({
    next: () => void recognize(),
  });
  browser.permissions.onAdded.addListener(() => void recognize());
  browser.permissions.onRemoved.addListener(() => void recognize());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined)
      void openTagger(db, tab.id, info.selectionText);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'tag-stakeholder' && tab?.id !== undefined) void openTagger(db, tab.id);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // What the rep recorded goes to the panel's frame only, never to a script in a page (should
    // a page ever reach one): those get worded chips, and may open the panel.
    const panel = isPanelFrame(sender.url);
    const panelOnly = <T>(answer: () => Promise<T>): Promise<T> =>
      panel ? answer() : Promise.reject(new Error('Only the panel asks for this.'));
    return dispatch(
      {
        'tagger/context': (request) =>
          panelOnly(async () => taggerContext(db, request, await interfaceLanguage(db))),
        'stakeholder/save': (draft) =>
          panelOnly(async () => saveTag(db, draft, await interfaceLanguage(db))),
        'tagger/known': (request) => panelOnly(() => knownPeople(db, request)),
        // Recognition's chips: the known people only, worded in the rep's language.
        'tagger/marks': async (request) =>
          knownMarks(db, request, panelVocabulary(await interfaceLanguage(db))),
        // A panel frame asks the page it is framed on: its own tab, the page's top frame only.
        'page/relay': async (request) => {
          const tabId = sender.tab?.id;
          if (tabId === undefined || !panel) return undefined;
          return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
        },
        // A panel frame is accepted once, and only in the tab Rolecall was invoked in.
        'panel/hello': async ({ token }) =>
          panel && sender.tab?.id !== undefined && openings.claim(sender.tab.id, token)
            ? { ok: true, tabId: sender.tab.id }
            : { ok: false, error: 'This panel belongs to no page.' },
        // A page's chip opens the panel in its own tab only; the popup names the tab it is over.
        'tagger/invoke': async ({ selection, tabId }) => {
          const target = sender.tab ? sender.tab.id : tabId;
          return { opened: target !== undefined && (await openTagger(db, target, selection)) };
        },
      },
      message,
    );
  });

  if (import.meta.env.ROLECALL_TEST) {
    // WebDriver BiDi cannot open an extension page in Firefox: the test build opens one, from
    // which the tests reach these hooks (getBackgroundPage).
    if (import.meta.env.FIREFOX)
      browser.runtime.onInstalled.addListener(() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
      });
    // Automation cannot click the toolbar or a context menu; tests call what those do.
    Reflect.set(globalThis, 'rolecallTest', {
      openTaggerOn: async (url: string, selection?: string) => {
        // By address, not by a match pattern: Firefox's patterns cannot name a port.
        const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === url);
        if (tab?.id !== undefined) await openTagger(db, tab.id, selection);
      },
      // What the rep picks in the dashboard's settings: the interface's language.
      setLanguage: (language: Settings['language']) => updateSettings(db, { language }),
      // What the dashboard does once the browser granted a site (its prompt cannot be automated).
      turnOnRecognition: async (sites: string[]) => {
        await updateSettings(db, { recognitionSites: sites });
        return recognize();
      },
    });
  }
});

/** A page the browser keeps extensions off gets a mark on the toolbar button instead of a panel. */
async function openTagger(
  db: RolecallDatabase,
  tabId: number,
  selection?: string,
): Promise<boolean> {
  const opened = await invokeTagger(tabId, openings.issue(tabId), selection);
  const action = browser.action ?? browser.browserAction;
  const language = await interfaceLanguage(db);
  await action.setBadgeText({ tabId, text: opened ? '' : '!' });
  await action.setTitle({
    tabId,
    title: opened ? 'Rolecall' : uiText(language, 'invoke.forbidden'),
  });
  return opened;
}

/** The sender is a frame of the panel page (not the page, not another extension page). */
function isPanelFrame(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const { protocol, pathname } = new URL(url);
  return pathname === PANEL_PAGE && protocol === new URL(browser.runtime.getURL('/')).protocol;
}

async function interfaceLanguage(db: RolecallDatabase): Promise<Language> {
  const { language } = await readSettings(db);
  return language === 'auto' ? languageFor(browser.i18n.getUILanguage()) : language;
}
