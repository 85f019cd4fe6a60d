/** Shared test data and database helpers for the transfer tests. */

import { openDatabase, type RolecallDatabase } from '../../lib/db';
import {
  DEFAULT_DEAL_CONTEXT,
  type LegacyAccount,
  normalizeName,
  type Stakeholder,
} from '../../lib/model';
import type { ByteSource, Snapshot } from '../../lib/transfer';
import { mapOf, putMap } from '../support/legacy-map';

let dbCount = 0;

/** A fresh, empty database per call: tests never see each other's data. */
export function freshDb(): RolecallDatabase {
  dbCount += 1;
  return openDatabase(`transfer-test-${dbCount}-${Math.random().toString(36).slice(2)}`);
}

export async function contents(db: RolecallDatabase): Promise<Snapshot> {
  return {
    accounts: await db.accounts.orderBy('id').toArray(),
    deals: await db.deals.orderBy('id').toArray(),
    stakeholders: await db.stakeholders.orderBy('id').toArray(),
  };
}

export function seed(db: RolecallDatabase, snapshot: Snapshot): Promise<void> {
  return putMap(db, snapshot);
}

const T0 = Date.UTC(2024, 2, 1, 9, 30);

/** An account with the context of its one deal (see mapOf). */
export function account(overrides: Partial<LegacyAccount> = {}): LegacyAccount {
  return {
    id: 'acc-acme',
    name: 'Acme',
    domains: ['acme.com'],
    ...DEFAULT_DEAL_CONTEXT,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function person(overrides: Partial<Stakeholder> & { name?: string } = {}): Stakeholder {
  const name = overrides.name ?? 'Jane Doe';
  return {
    id: 'p-jane',
    accountId: overrides.accountId ?? 'acc-acme',
    dealId: overrides.accountId ?? 'acc-acme',
    involvements: [],
    name,
    normalizedName: normalizeName(name),
    roles: ['economic-buyer'],
    stance: 'supporter',
    influence: 'high',
    evidence: [
      {
        sourceUrl: 'https://acme.com/team',
        capturedAt: T0,
        method: 'structured-data',
        lastVerifiedAt: T0,
      },
    ],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A small but varied map: two accounts, several people, a reporting line, Cyrillic and Chinese names. */
export function sampleMap(): Snapshot {
  return mapOf(
    [account(), account({ id: 'acc-yandex', name: 'Яндекс', domains: ['yandex.ru'] })],
    [
      person({
        title: 'CFO',
        department: 'finance',
        seniority: 'executive',
        email: 'jane@acme.com',
        phone: '+1 555 0100',
      }),
      person({
        id: 'p-bob',
        name: 'Bob Smith',
        roles: ['technical-evaluator', 'champion'],
        stance: 'champion',
        reportsToId: 'p-jane',
        note: '=HYPERLINK("http://evil.example","click")',
        profileUrl: 'https://www.linkedin.com/in/bob',
      }),
      person({
        id: 'p-ivan',
        accountId: 'acc-yandex',
        name: 'Иванов Иван Иванович',
        roles: ['user'],
      }),
      person({
        id: 'p-zhang',
        accountId: 'acc-yandex',
        name: '张三',
        roles: [],
        stance: 'blocker',
        evidence: [],
      }),
    ],
  );
}

/** A Blob-shaped source over bytes made on demand, counting how many bytes were read. */
export function lazySource(
  size: number,
  byteAt: (index: number) => number,
): ByteSource & { bytesRead: number } {
  const source = {
    size,
    bytesRead: 0,
    slice(start = 0, end = size) {
      return {
        arrayBuffer: async () => {
          const bytes = new Uint8Array(Math.max(0, Math.min(end, size) - start));
          for (let i = 0; i < bytes.length; i++) bytes[i] = byteAt(start + i);
          source.bytesRead += bytes.length;
          return bytes.buffer;
        },
      };
    },
    stream() {
      let offset = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= size) {
            controller.close();
            return;
          }
          const bytes = new Uint8Array(Math.min(65536, size - offset));
          for (let i = 0; i < bytes.length; i++) bytes[i] = byteAt(offset + i);
          offset += bytes.length;
          source.bytesRead += bytes.length;
          controller.enqueue(bytes);
        },
      });
    },
  };
  return source;
}

export function blobOf(...parts: (string | Uint8Array<ArrayBuffer>)[]): Blob {
  return new Blob(
    parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : part)),
  );
}
