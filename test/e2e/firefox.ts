/**
 * Drives Debian's Firefox ESR through WebDriver BiDi: a fresh profile, Rolecall's MV2 test build
 * installed as a temporary add-on, and just enough of the protocol for the end-to-end tests
 * (contexts, navigation, script, screenshots). Playwright's Firefox is a patched build this
 * machine cannot download; BiDi is what the stock browser speaks.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { z } from 'zod';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(
  import.meta.dirname,
  '..',
  '..',
  '.output',
  'test',
  'firefox-mv2',
);
const ADDON_ID = 'rolecall@rolecall.invalid';

const Reply = z.object({
  id: z.number(),
  type: z.enum(['success', 'error']),
  result: z.unknown().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
});

const EvaluateResult = z.discriminatedUnion('type', [
  z.object({ type: z.literal('success'), result: z.object({ value: z.unknown().optional() }) }),
  z.object({
    type: z.literal('exception'),
    exceptionDetails: z.object({ text: z.string() }),
  }),
]);

interface Context {
  context: string;
  url: string;
  children?: Context[] | null | undefined;
}
const ContextSchema: z.ZodType<Context> = z.object({
  context: z.string(),
  url: z.string(),
  get children() {
    return z.array(ContextSchema).nullish();
  },
});

export class Firefox {
  #next = 1;
  readonly #pending = new Map<number, (reply: z.infer<typeof Reply>) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly socket: WebSocket,
    /** The add-on's pages live here (the profile pins the add-on's UUID). */
    readonly extensionOrigin: string,
    /** Where the profile saves downloads. */
    readonly downloads: string,
  ) {
    socket.on('message', (data) => {
      const parsed = Reply.safeParse(JSON.parse(String(data)));
      if (!parsed.success) return;
      this.#pending.get(parsed.data.id)?.(parsed.data);
      this.#pending.delete(parsed.data.id);
    });
  }

  static async launch(): Promise<Firefox> {
    const profile = await mkdtemp(join(tmpdir(), 'rolecall-firefox-'));
    const downloads = await mkdtemp(join(tmpdir(), 'rolecall-downloads-'));
    const uuid = randomUUID();
    const prefs: Record<string, string | number | boolean> = {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.shell.checkDefaultBrowser': false,
      'services.settings.server': 'http://127.0.0.1:9/',
      'network.proxy.allow_hijacking_localhost': false,
    };
    await writeFile(
      join(profile, 'user.js'),
      Object.entries(prefs)
        .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
        .join('\n'),
    );
    const child = spawn(
      FIREFOX,
      ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const address = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${log}`)), 30_000);
      child.stderr?.on('data', (chunk) => {
        log += String(chunk);
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/u.exec(log);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', () => reject(new Error(`Firefox exited: ${log}`)));
    });
    const socket = new WebSocket(`${address}/session`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const firefox = new Firefox(child, socket, `moz-extension://${uuid}`, downloads);
    await firefox.send('session.new', { capabilities: {} });
    await firefox.send('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_BUILD },
    });
    return firefox;
  }

  /** The tab the test build opens on its extension page when installed. */
  async extensionPage(): Promise<string> {
    const until = Date.now() + 15_000;
    for (;;) {
      const { contexts } = z
        .object({ contexts: z.array(ContextSchema) })
        .parse(await this.send('browsingContext.getTree', {}));
      const tab = contexts.find((context) => context.url.startsWith(this.extensionOrigin));
      if (tab) return tab.context;
      if (Date.now() > until) throw new Error('the test build opened no extension page');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async send(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = this.#next++;
    const reply = await new Promise<z.infer<typeof Reply>>((resolve) => {
      this.#pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
    if (reply.type === 'error') throw new Error(`${method}: ${reply.error} ${reply.message ?? ''}`);
    return reply.result;
  }

  /** A new tab showing `url`; resolves once it has loaded. */
  async open(url: string): Promise<string> {
    const { context } = z
      .object({ context: z.string() })
      .parse(await this.send('browsingContext.create', { type: 'tab' }));
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  async setViewport(context: string, width: number, height: number): Promise<void> {
    await this.send('browsingContext.setViewport', { context, viewport: { width, height } });
  }

  /** Runs `expression` (awaited) in the context and returns its JSON value. */
  async evaluate(context: string, expression: string): Promise<unknown> {
    const result = EvaluateResult.parse(
      await this.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => { ${expression} })()))()`,
        target: { context },
        awaitPromise: true,
        userActivation: true,
      }),
    );
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    const value = result.result.value;
    return typeof value === 'string' ? JSON.parse(value) : undefined;
  }

  /** Polls `expression` until it returns something truthy. */
  async waitFor(context: string, expression: string, timeoutMs = 15_000): Promise<unknown> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate(context, expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for: ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The frames inside a tab, with their addresses. */
  async frames(context: string): Promise<Context[]> {
    const { contexts } = z
      .object({ contexts: z.array(ContextSchema) })
      .parse(await this.send('browsingContext.getTree', { root: context }));
    return contexts.flatMap((top) => top.children ?? []);
  }

  /** The panel's frame in a tab, once it is there. */
  async panelFrame(context: string): Promise<string> {
    const until = Date.now() + 15_000;
    for (;;) {
      const frame = (await this.frames(context)).find((child) =>
        child.url.startsWith(`${this.extensionOrigin}/panel.html`),
      );
      if (frame) return frame.context;
      if (Date.now() > until) throw new Error('no panel frame');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * A picture for a person to look at, not an assertion. Firefox now and then refuses one while
   * the page repaints ("Data conversion failed because significant data would be lost"), so it
   * is asked again a few times; a picture still refused is left out rather than failing a test
   * whose checks all passed.
   */
  async screenshot(context: string, path: string): Promise<void> {
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const { data } = z
          .object({ data: z.string() })
          .parse(await this.send('browsingContext.captureScreenshot', { context }));
        await writeFile(path, Buffer.from(data, 'base64'));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    console.warn(`Firefox gave no screenshot for ${path}`);
  }

  /**
   * Asks Firefox to close, and makes sure it has: it may drop the socket without answering
   * `browser.close` (seen on a loaded machine), so the answer is waited for a few seconds only,
   * and a Firefox still running after that is killed.
   */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    const seconds = (n: number) => new Promise<void>((resolve) => setTimeout(resolve, n * 1000));
    await Promise.race([this.send('browser.close', {}).catch(() => undefined), seconds(5)]);
    this.socket.close();
    await Promise.race([exited, seconds(5)]);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await Promise.race([exited, seconds(5)]);
    }
  }
}
