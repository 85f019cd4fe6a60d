/** A small database and a recording browser for the dashboard's component tests. */
import { vi } from 'vitest';
import type { Platform } from '../../../components/dashboard/platform';
import { openDatabase, type RolecallDatabase } from '../../../lib/db';
import { DEFAULT_DEAL_CONTEXT, type LegacyAccount } from '../../../lib/model';
import { person, smallCommittee } from '../../powermap/people';
import { putLegacyMap } from '../../support/legacy-map';

export const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

/** An account and its one deal, named after it with its id. */
function account(id: string, name: string, fields: Partial<LegacyAccount> = {}): LegacyAccount {
  return {
    id,
    name,
    domains: [],
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: NOW - 60 * DAY,
    updatedAt: NOW - 10 * DAY,
    ...fields,
  };
}

/** Acme (the small committee, fresh), Globex (one person, stale), Initech (nobody). */
export async function seededDatabase(): Promise<RolecallDatabase> {
  const db = openDatabase(`dashboard-ui-${Math.random()}`);
  await putLegacyMap(
    db,
    [
      account('acme', 'Acme', { stage: 'vendor-evaluation', updatedAt: NOW - DAY }),
      account('globex', 'Globex', { stage: 'purchase-decision' }),
      account('initech', 'Initech', { stage: 'exploring', updatedAt: NOW - 20 * DAY }),
    ],
    [
      ...smallCommittee(),
      person('g1', 'Hank Scorpio', {
        accountId: 'globex',
        title: 'CEO',
        roles: ['economic-buyer'],
        evidence: [
          { capturedAt: NOW - 90 * DAY, method: 'page-layout', lastVerifiedAt: NOW - 60 * DAY },
        ],
        updatedAt: NOW - 60 * DAY,
      }),
    ],
  );
  return db;
}

export function recordingPlatform(answers: { grant?: boolean } = {}) {
  const downloads: { name: string; blob: Blob }[] = [];
  const platform = {
    browserLanguage: () => 'en-GB',
    requestOrigins: vi.fn(async (_origins: string[]) => answers.grant ?? true),
    removeOrigins: vi.fn(async (_origins: string[]) => true),
    storage: vi.fn(async () => ({ usage: 1_234_567, quota: 50_000_000_000, persisted: false })),
    persist: vi.fn(async () => false),
    download: (blob: Blob, name: string) => {
      downloads.push({ name, blob });
    },
  } satisfies Platform;
  return { platform, downloads };
}
