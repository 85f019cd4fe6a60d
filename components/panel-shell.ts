/**
 * The panel's frame on the page: a host element with Rolecall's own shadow root, its styles, and
 * a header with a loading line. The first injected script draws it at once with plain DOM; the
 * panel proper (a second script) renders into its container a moment later.
 */
import { panelEn } from '../lib/i18n/ui/panel/en';

/** Where the frame is left for the panel script: both run in the extension's isolated world. */
export const PANEL_SHELL = Symbol.for('rolecall.panel.shell');

export interface PanelShell {
  /** Inside the shadow root: the panel renders here, replacing the frame's placeholder. */
  container: HTMLElement;
  close: () => void;
}

function isShell(value: unknown): value is PanelShell {
  return typeof value === 'object' && value !== null && 'container' in value && 'close' in value;
}

export function currentShell(): PanelShell | undefined {
  const shell: unknown = Reflect.get(globalThis, PANEL_SHELL);
  return isShell(shell) && shell.container.isConnected ? shell : undefined;
}

function element(tag: string, attributes: Record<string, string>, text = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = text;
  return el;
}

/** Replaces any earlier frame with a new one showing "Loading…" in English (the first paint). */
export function mountPanelShell(styles: string): PanelShell {
  currentShell()?.close();
  for (const stale of document.querySelectorAll('rolecall-tagger')) stale.remove();
  const host = document.createElement('rolecall-tagger');
  // The page's stylesheets can still reach the host element itself: pin what matters inline.
  host.style.cssText =
    'all:initial!important;position:fixed!important;top:16px!important;right:16px!important;z-index:2147483647!important;display:block!important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  const frame = element('div', {
    class: 'rc-root rc-panel',
    role: 'dialog',
    'aria-label': panelEn['panel.title'],
  });
  const header = element('header', { class: 'rc-panel-header' });
  const brand = element('span', { class: 'rc-brand' });
  brand.append(
    element('span', { class: 'rc-logo', 'aria-hidden': 'true' }, 'R'),
    element('h1', {}, panelEn['panel.title']),
  );
  const closeButton = element(
    'button',
    { type: 'button', class: 'rc-icon-button', 'aria-label': panelEn['panel.close'] },
    '✕',
  );
  header.append(brand, closeButton);
  frame.append(header, element('p', { class: 'rc-hint' }, panelEn['panel.loading']));
  container.append(frame);
  shadow.append(style, container);
  document.documentElement.append(host);
  const shell: PanelShell = {
    container,
    close: () => {
      host.remove();
      if (Reflect.get(globalThis, PANEL_SHELL) === shell)
        Reflect.deleteProperty(globalThis, PANEL_SHELL);
    },
  };
  closeButton.addEventListener('click', shell.close);
  Reflect.set(globalThis, PANEL_SHELL, shell);
  return shell;
}
