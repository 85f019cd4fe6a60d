/** Export entry point: a snapshot becomes the files a rep downloads or the CLI writes. */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-schema';
import {
  type HubspotOptions,
  hubspotAssociationsCsv,
  hubspotCsv,
  hubspotDealsCsv,
  salesforceCsv,
} from './crm-csv';
import { genericCsv } from './generic-csv';
import type { Snapshot } from './snapshot';

export const EXPORT_TARGETS = ['json', 'csv', 'hubspot', 'salesforce'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface ExportFile {
  /** Suggested file name, safe on every OS. */
  name: string;
  mimeType: 'application/json' | 'text/csv';
  text: string;
}

export interface ExportOptions extends HubspotOptions {
  /** When the export is made; also names the files. */
  now: Date;
  /** Names the files: an account name, or 'all'. */
  label?: string;
}

export function toBackup(snapshot: Snapshot, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    accounts: snapshot.accounts,
    deals: snapshot.deals,
    stakeholders: snapshot.stakeholders,
  };
}

export function backupJson(snapshot: Snapshot, now: Date): string {
  return JSON.stringify(toBackup(snapshot, now), null, 1);
}

/**
 * Salesforce gives two files (contacts, then contact roles per opportunity), HubSpot three
 * (contacts, deals, contact-to-deal associations); JSON and our CSV one.
 */
export function exportFiles(
  snapshot: Snapshot,
  target: ExportTarget,
  options: ExportOptions,
): ExportFile[] {
  const base = `rolecall-${fileSlug(options.label ?? 'all')}-${options.now.toISOString().slice(0, 10)}`;
  const csv = (suffix: string, text: string): ExportFile => ({
    name: `${base}-${suffix}.csv`,
    mimeType: 'text/csv',
    text,
  });
  switch (target) {
    case 'json':
      return [
        {
          name: `${base}.json`,
          mimeType: 'application/json',
          text: backupJson(snapshot, options.now),
        },
      ];
    case 'csv':
      return [csv('stakeholders', genericCsv(snapshot, options))];
    case 'hubspot':
      return [
        csv('hubspot-1-contacts', hubspotCsv(snapshot, options)),
        csv('hubspot-2-deals', hubspotDealsCsv(snapshot, options)),
        csv('hubspot-3-deal-contacts', hubspotAssociationsCsv(snapshot, options)),
      ];
    case 'salesforce': {
      const files = salesforceCsv(snapshot, options);
      return [
        csv('salesforce-1-contacts', files.contacts),
        csv('salesforce-2-contact-roles', files.contactRoles),
      ];
    }
  }
}

/** Letters and digits of any script survive (a Chinese account name stays readable). */
export function fileSlug(label: string): string {
  const slug = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'map' : slug;
}
