/** The background: owns the database, answers the tag panel, and opens it from menu and shortcut. */
import { browser } from 'wxt/browser';
import { invokeTagger } from '../../lib/capture/invoke';
import { saveTag, taggerContext } from '../../lib/capture/service';
import { openDatabase, requestPersistentStorage } from '../../lib/db';
import { dispatch } from '../../lib/messages/server';

const MENU_ID = 'tag-stakeholder';

export default defineBackground(() => {
  const db = openDatabase();
  void requestPersistentStorage();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Tag as stakeholder',
      contexts: ['selection', 'page'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined)
      void openTagger(tab.id, info.selectionText);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'tag-stakeholder' && tab?.id !== undefined) void openTagger(tab.id);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatch(
      {
        'tagger/context': (request) => taggerContext(db, request),
        'stakeholder/save': (draft) => saveTag(db, draft),
      },
      message,
    );
  });

  if (import.meta.env.ROLECALL_TEST) {
    // Automation cannot click the toolbar or a context menu; tests call what those do.
    Reflect.set(globalThis, 'rolecallTest', {
      openTaggerOn: async (url: string, selection?: string) => {
        const [tab] = await browser.tabs.query({ url });
        if (tab?.id !== undefined) await openTagger(tab.id, selection);
      },
    });
  }
});

/** A page the browser keeps extensions off gets a mark on the toolbar button instead of a panel. */
async function openTagger(tabId: number, selection?: string): Promise<void> {
  const problem = await invokeTagger(tabId, selection);
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: problem ? '!' : '' });
  await action.setTitle({ tabId, title: problem ?? 'Rolecall' });
}
