import { browser } from 'wxt/browser';

/**
 * Rolecall's layers over the rep's page (the panel's frame, the chips): a plain host element
 * whose shadow root is closed, so the page's scripts can neither reach what is drawn inside nor
 * tell from the host that it is Rolecall's. Both scripts that draw run in the extension's
 * isolated world, where the page's own changes to DOM prototypes do not reach.
 */

export interface PageLayer {
  root: ShadowRoot;
  host: HTMLElement;
  remove: () => void;
}

/** `placement` is CSS for the host (the page's stylesheets can reach the host, so it is inline). */
export function mountLayer(placement: string, css = ''): PageLayer {
  const host = document.createElement('div');
  host.style.cssText = `all:initial!important;display:block!important;z-index:2147483647!important;${placement}`;
  const root = host.attachShadow({ mode: 'closed' });
  if (css) {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  document.documentElement.append(host);
  return { root, host, remove: () => host.remove() };
}

/** The panel now open on this page, shared by the scripts injected into the same world. */
export interface PanelSession {
  /** Names this opening of the panel: requests from an older frame are ignored. */
  token: string;
  /** The rep's selection when the panel opened ('' when none: list the people instead). */
  selection: string;
  /** Removes the frame and everything registered with `onClose`, and gives focus back. */
  close: () => void;
  onClose: (cleanup: () => void) => void;
}

const SESSION = Symbol.for('rolecall.panel.session');

function isSession(value: unknown): value is PanelSession {
  return typeof value === 'object' && value !== null && 'token' in value && 'close' in value;
}

export function currentSession(): PanelSession | undefined {
  const session: unknown = Reflect.get(globalThis, SESSION);
  return isSession(session) ? session : undefined;
}

export function setSession(session: PanelSession | undefined): void {
  if (session) Reflect.set(globalThis, SESSION, session);
  else Reflect.deleteProperty(globalThis, SESSION);
}

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

function stoppable(value: unknown): value is { stop: () => void } {
  return typeof value === 'object' && value !== null && 'stop' in value;
}

/**
 * Each invocation injects a page script afresh (new module state, same isolated world): the
 * newest copy listens, and the copy before it stops, so one state answers the frame.
 */
export function listenAsNewest(script: string, listener: Listener): void {
  const key = Symbol.for(`rolecall.${script}.listener`);
  const previous: unknown = Reflect.get(globalThis, key);
  if (stoppable(previous)) previous.stop();
  browser.runtime.onMessage.addListener(listener);
  Reflect.set(globalThis, key, { stop: () => browser.runtime.onMessage.removeListener(listener) });
}
