/**
 * Issue 16 target: any map exported to each CRM file and read back by Rolecall's own CSV import
 * keeps every person, every role and every field the CRM file carries. "Keeps" is checked the
 * strictest way: the map read back, exported again, gives the very same file, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExportFile,
  exportFiles,
  type HubspotRoleMode,
  readIncoming,
  type Snapshot,
} from '../../lib/transfer';
import { mapArb } from './arbitraries';

/**
 * What a CRM file can tell apart. Rolecall itself keeps one account per domain, and the
 * Salesforce file names accounts only by name (as the Import Wizard matches them).
 */
function crmDistinct(map: Snapshot): boolean {
  const firstDomains = map.accounts.flatMap((account) => account.domains.slice(0, 1));
  const names = map.accounts.map((account) => account.name.toLowerCase());
  return (
    new Set(firstDomains).size === firstDomains.length &&
    new Set(names).size === names.length &&
    // A domain Rolecall stores is registrable: never "www." (an import strips it from a URL).
    firstDomains.every((domain) => !domain.startsWith('www.'))
  );
}

/** A file of only its header (nobody, or nobody with a role) has nothing to read back. */
function hasRows(file: ExportFile): boolean {
  return file.text.replace(/\r\n$/u, '').includes('\r\n');
}

async function readBack(file: ExportFile): Promise<Snapshot> {
  const read = await readIncoming({ name: file.name, data: file.text });
  if (!read.ok) throw new Error(JSON.stringify(read.problems.map((problem) => problem.message)));
  return read.value.snapshot;
}

const now = new Date('2024-05-01T12:00:00Z');
const options = fc.record({
  bom: fc.boolean(),
  hubspotRoles: fc.constantFrom<HubspotRoleMode>('replace', 'add'),
});

describe('a CRM file read back by Rolecall gives the same CRM file', () => {
  it('HubSpot contacts: every person, buying role and column', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mapArb, options, async (map, settings) => {
        fc.pre(crmDistinct(map));
        const [file] = exportFiles(map, 'hubspot', { now, ...settings });
        if (!file) throw new Error('no HubSpot file');
        fc.pre(hasRows(file));
        const again = exportFiles(await readBack(file), 'hubspot', { now, ...settings });
        expect(again[0]?.text).toBe(file.text);
      }),
      { numRuns: 300 },
    );
  });

  it('Salesforce contacts and contact roles, each file on its own', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(mapArb, fc.boolean(), async (map, bom) => {
        fc.pre(crmDistinct(map));
        const files = exportFiles(map, 'salesforce', { now, bom });
        for (const [index, file] of files.entries()) {
          if (!hasRows(file)) continue;
          const again = exportFiles(await readBack(file), 'salesforce', { now, bom });
          expect(again[index]?.text).toBe(file.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
