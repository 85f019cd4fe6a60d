/**
 * The tag panel's first script, injected on demand when the rep invokes Rolecall: it draws the
 * panel's frame at once, in Rolecall's own shadow root. The panel itself (form, people found on
 * the page, chips) is a second script the background injects right after (panel.content).
 */

import { mountPanelShell } from '../../components/panel-shell';
import styles from '../../components/styles.css?inline';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    // Each injection runs this again in the extension's isolated world (the page cannot see
    // it): the newest frame replaces any earlier one.
    const shell = mountPanelShell(styles);
    ctx.onInvalidated(shell.close);
  },
});
