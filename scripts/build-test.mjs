// Builds what the end-to-end tests load: the release build (checked for permissions) and the
// test builds (ROLECALL_TEST=1: may reach 127.0.0.1 and expose a hook to open the panel), for
// Chromium and for Firefox (Manifest V2).
import { spawnSync } from 'node:child_process';

for (const [env, args] of [
  [{}, []],
  [{ ROLECALL_TEST: '1' }, []],
  [{ ROLECALL_TEST: '1' }, ['-b', 'firefox']],
]) {
  const run = spawnSync('npx', ['wxt', 'build', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
