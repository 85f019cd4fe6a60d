// `npm run demo`: builds Rolecall, serves the bundled demo company page and opens it in
// Chromium with the extension loaded, in a profile of its own (.demo-profile/).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const build = spawnSync('npx', ['wxt', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const browser = candidates.find((path) => path && existsSync(path));
if (!browser) {
  console.error(
    'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

const page = join(root, 'test', 'fixtures', 'pages', 'northwind-leadership.html');
const server = createServer(async (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(await readFile(page));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/`;
  const extension = join(root, '.output', 'chrome-mv3');
  console.log(`Demo page: ${url}`);
  console.log(
    'Select a name and title, right-click and choose "Tag as stakeholder" (or press Alt+Shift+S).',
  );
  console.log(
    'Then click the Rolecall button in the toolbar to see the account map. Ctrl+C to stop.',
  );
  const chromium = spawn(
    browser,
    [
      `--user-data-dir=${join(root, '.demo-profile')}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...process.argv.slice(2),
      url,
    ],
    { stdio: 'inherit' },
  );
  chromium.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
