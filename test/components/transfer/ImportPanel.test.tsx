/** Importing on the full page: pick a file, map columns, preview, choose per conflict, write all or nothing. */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '../../../components/transfer/ImportPanel';
import type { RolecallDatabase } from '../../../lib/db';
import { backupJson, type Snapshot } from '../../../lib/transfer';
import { mapOf } from '../../support/legacy-map';
import { account, contents, freshDb, person, sampleMap, seed } from '../../transfer/helpers';
import { chooseFile, renderIn } from './helpers';

let db: RolecallDatabase;

beforeEach(() => {
  db = freshDb();
});

const now = new Date('2024-05-01T00:00:00Z');
const byId = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The preview's figures, by their labels. */
function previewCounts(): Record<string, string> {
  return Object.fromEntries(
    screen
      .getAllByRole('term')
      .map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']),
  );
}

function fileInput(): HTMLElement {
  return screen.getByLabelText('Choose a file');
}

describe('importing a backup', () => {
  it('previews what it adds, then writes the same map, ids and evidence', async () => {
    renderIn(<ImportPanel db={db} />);
    chooseFile(fileInput(), 'team.json', backupJson(sampleMap(), now));
    await screen.findByRole('heading', { name: 'Preview: team.json' });
    expect(previewCounts()).toEqual({
      'New accounts': '2',
      'Accounts updated': '0',
      'New people': '4',
      'People updated': '0',
      'Already in your map': '0',
    });
    expect(await contents(db)).toStrictEqual({ accounts: [], deals: [], stakeholders: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(
      'Imported team.json: 2 new and 0 updated accounts, 4 new and 0 updated people.',
    );
    const map = sampleMap();
    expect(await contents(db)).toStrictEqual({
      accounts: byId(map.accounts),
      deals: byId(map.deals),
      stakeholders: byId(map.stakeholders),
    });
  });

  it('refuses a cut-off file in words, changes nothing, and lets the rep pick another', async () => {
    await seed(db, sampleMap());
    const before = await contents(db);
    renderIn(<ImportPanel db={db} />);
    const text = backupJson(sampleMap(), now);
    chooseFile(fileInput(), 'cut.json', text.slice(0, text.length / 2));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cut.json was not imported. Nothing in your map changed.');
    expect(alert.textContent).toContain('The file ends too early, as if it was cut off');
    expect(await contents(db)).toStrictEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
    expect(fileInput()).toBeTruthy();
  });

  it('names the person, field and place of every wrong value', async () => {
    renderIn(<ImportPanel db={db} />);
    const backup = JSON.parse(backupJson(sampleMap(), now));
    backup.stakeholders[1].involvements[0].stance = 'maybe';
    chooseFile(fileInput(), 'map.json', JSON.stringify(backup));
    const item = await screen.findByText(/is not one of champion/);
    expect(item.parentElement?.textContent).toBe(
      'Person 2 ("Bob Smith"), field "stance" (stakeholders[1].involvements[0].stance): "maybe" is not one of champion, supporter, neutral, skeptic, blocker, unknown.',
    );
  });

  it('says what is wrong in the rep’s language', async () => {
    renderIn(<ImportPanel db={db} />, 'de');
    chooseFile(screen.getByLabelText('Datei auswählen'), 'leer.csv', '');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Datei ist leer.');
  });
});

/** A colleague's map of the same company, under their own ids, edited later than mine. */
function theirMap(): Snapshot {
  const later = Date.UTC(2024, 5, 1);
  return mapOf(
    [account({ id: 'their-acme', name: 'ACME Inc', updatedAt: later })],
    [
      person({
        id: 't-jane',
        accountId: 'their-acme',
        name: 'J. Doe',
        email: 'JANE@acme.com',
        updatedAt: later,
      }),
      person({
        id: 't-bob',
        accountId: 'their-acme',
        name: 'Robert Smith',
        profileUrl: 'https://www.linkedin.com/in/bob',
        updatedAt: later,
      }),
      person({ id: 't-nina', accountId: 'their-acme', name: 'Nina New', evidence: [] }),
    ],
  );
}

describe('conflicts', () => {
  it('are shown by kind, and each kind follows the rep’s choice', async () => {
    await seed(db, sampleMap());
    renderIn(<ImportPanel db={db} />);
    chooseFile(fileInput(), 'colleague.json', backupJson(theirMap(), now));
    const email = await screen.findByRole('group', { name: 'Same email (1)' });
    expect(email.textContent).toContain('Jane Doe in your map, J. Doe in the file (Acme)');
    const profile = screen.getByRole('group', { name: 'Same profile address (1)' });
    expect(within(profile).getByLabelText('Keep mine')).toHaveProperty('checked', true);
    fireEvent.click(within(email).getByLabelText('Take theirs'));
    fireEvent.click(within(profile).getByLabelText('Keep both'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported /);
    const people = await db.stakeholders.where('accountId').equals('acc-acme').toArray();
    expect(people.map((p) => `${p.id}:${p.name}`).sort()).toEqual([
      'p-bob:Bob Smith',
      'p-jane:J. Doe',
      't-bob:Robert Smith',
      't-nina:Nina New',
    ]);
  });
});

describe('someone else’s CSV', () => {
  const csv = [
    'Vorname,Nachname,Position,E-Mail,Lieblingsfarbe',
    'Anna,Schmidt,CFO,anna@example.de,blau',
    'Jonas,Weber,CTO,jonas@example.de,grün',
  ].join('\n');

  it('asks which column holds what, needs a company, then imports into it', async () => {
    renderIn(<ImportPanel db={db} />);
    chooseFile(fileInput(), 'kontakte.csv', csv);
    await screen.findByRole('heading', { name: 'Which column holds what?' });
    expect(screen.getByLabelText('Imports as: Vorname')).toHaveProperty('value', 'first-name');
    expect(screen.getByLabelText('Imports as: Lieblingsfarbe')).toHaveProperty('value', '');
    const next = screen.getByRole('button', { name: 'Preview the import' });
    expect(next).toHaveProperty('disabled', true);
    expect(
      screen.getByText(
        'Choose the column with the company (account) name, or pick one account for everybody.',
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Imports as: Position'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Account for rows that name no company'), {
      target: { value: 'Example GmbH' },
    });
    await waitFor(() => expect(next).toHaveProperty('disabled', false));
    fireEvent.click(next);
    await screen.findByRole('heading', { name: 'Preview: kontakte.csv' });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported /);
    const [company] = await db.accounts.toArray();
    expect(company?.name).toBe('Example GmbH');
    const people = await db.stakeholders.toArray();
    expect(people.map((p) => [p.name, p.email, p.title]).sort()).toEqual([
      ['Anna Schmidt', 'anna@example.de', undefined],
      ['Jonas Weber', 'jonas@example.de', undefined],
    ]);
  });

  it('a bad cell is named by row and column, and the rep can go back to the columns', async () => {
    renderIn(<ImportPanel db={db} />);
    chooseFile(
      fileInput(),
      'people.csv',
      'Name,Company,Stance,Colour\nAnn Lee,Acme,supporter,red\nBo Chan,Acme,maybe,blue\n',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Preview the import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Row 3, column "Stance": "maybe" is not one of champion, supporter, neutral, skeptic, blocker, unknown.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to the columns' }));
    fireEvent.change(await screen.findByLabelText('Imports as: Stance'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview the import' }));
    await screen.findByRole('heading', { name: 'Preview: people.csv' });
    expect(await contents(db)).toStrictEqual({ accounts: [], deals: [], stakeholders: [] });
  });

  it('our own CSV skips the mapping step', async () => {
    const [file] = (await import('../../../lib/transfer')).exportFiles(sampleMap(), 'csv', {
      now,
    });
    renderIn(<ImportPanel db={db} />);
    chooseFile(fileInput(), file?.name ?? 'x.csv', file?.text ?? '');
    await screen.findByRole('heading', { name: `Preview: ${file?.name}` });
    expect(screen.queryByRole('heading', { name: 'Which column holds what?' })).toBeNull();
  });
});
