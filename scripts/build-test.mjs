// Builds what the end-to-end tests load: the release build (checked for permissions) and the
// test build (ROLECALL_TEST=1: may reach 127.0.0.1 and exposes a hook to open the panel).
import { spawnSync } from 'node:child_process';

for (const env of [{}, { ROLECALL_TEST: '1' }]) {
  const run = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
