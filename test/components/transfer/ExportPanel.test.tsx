/** Exporting from the full page and from the popup: the files a rep gets, named and encoded right. */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportAccountButtons } from '../../../components/transfer/ExportAccountButtons';
import { ExportPanel } from '../../../components/transfer/ExportPanel';
import { type RolecallDatabase, updateSettings } from '../../../lib/db';
import { BackupSchema } from '../../../lib/transfer';
import { freshDb, sampleMap, seed } from '../../transfer/helpers';
import { catchDownloads, renderIn } from './helpers';

let db: RolecallDatabase;
const today = new Date().toISOString().slice(0, 10);

beforeEach(async () => {
  db = freshDb();
  await seed(db, sampleMap());
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the export panel', () => {
  it('downloads a backup of everything by default, which is a valid Rolecall backup', async () => {
    const downloads = catchDownloads();
    renderIn(<ExportPanel db={db} />);
    expect(await screen.findByLabelText('All accounts (2 accounts, 4 people)')).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      `Downloaded rolecall-all-${today}.json.`,
    );
    const [file] = await downloads.files();
    expect(file?.type).toBe('application/json;charset=utf-8');
    const backup = BackupSchema.parse(JSON.parse(file?.text ?? ''));
    expect(backup.accounts.map((a) => a.name).sort()).toEqual(['Acme', 'Яндекс']);
    expect(backup.stakeholders).toHaveLength(4);
  });

  it('exports one account for Salesforce as two files, contacts then roles, with a BOM', async () => {
    const downloads = catchDownloads();
    renderIn(<ExportPanel db={db} accountId="acc-acme" />);
    fireEvent.click(await screen.findByLabelText(/^Salesforce/));
    expect(screen.getByLabelText('Account')).toHaveProperty('value', 'acc-acme');
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByRole('status');
    const files = await downloads.files();
    expect(files.map((f) => f.name)).toEqual([
      `rolecall-acme-${today}-salesforce-1-contacts.csv`,
      `rolecall-acme-${today}-salesforce-2-contact-roles.csv`,
    ]);
    const [contacts, roles] = files;
    expect(contacts?.text.startsWith('\uFEFFFirst Name,Last Name,Title,')).toBe(true);
    expect(contacts?.text).toContain('Jane,Doe,CFO,Finance,C-level,jane@acme.com');
    expect(contacts?.text).not.toContain('Иван');
    // Each role under the opportunity it is held in: here the account's one deal, Acme.
    expect(roles?.text).toContain('p-bob,Bob,Smith,Acme,Acme,,Technical Buyer');
  });

  it('leaves the byte-order mark out when the rep turned it off', async () => {
    await updateSettings(db, { csvByteOrderMark: false });
    const downloads = catchDownloads();
    renderIn(<ExportPanel db={db} />);
    fireEvent.click(await screen.findByLabelText(/^Spreadsheet \(CSV\)/));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByRole('status');
    const [file] = await downloads.files();
    expect(file?.text.startsWith('Account,Account domains,')).toBe(true);
  });

  it('says there is nothing to export in an empty map', async () => {
    renderIn(<ExportPanel db={freshDb()} />);
    expect(await screen.findByText('Nothing to export yet: tag some people first.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
  });

  it('speaks the rep’s language', async () => {
    renderIn(<ExportPanel db={db} />, 'de');
    expect(await screen.findByRole('button', { name: 'Herunterladen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Exportieren' })).toBeTruthy();
    expect(screen.getByLabelText('Alle Unternehmen (2 Unternehmen, 4 Personen)')).toHaveProperty(
      'checked',
      true,
    );
  });
});

describe('the popup’s export buttons', () => {
  it('download the current account for HubSpot, with buying roles', async () => {
    const downloads = catchDownloads();
    renderIn(<ExportAccountButtons db={db} accountId="acc-yandex" />);
    const hubspot = await screen.findByRole('button', {
      name: 'Download Яндекс as HubSpot contacts and deals (three CSV files)',
    });
    await waitFor(() => expect(hubspot).toHaveProperty('disabled', false));
    fireEvent.click(hubspot);
    // Neither has an email: the check says so first (issue 16, item 2), and the rep goes on.
    expect(
      await screen.findByText(/2 person\(s\) have no email: "Иванов Иван Иванович", "张三"/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download anyway' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      `Downloaded rolecall-яндекс-${today}-hubspot-1-contacts.csv, rolecall-яндекс-${today}-hubspot-2-deals.csv, rolecall-яндекс-${today}-hubspot-3-deal-contacts.csv.`,
    );
    const [file, deals, parts] = await downloads.files();
    expect(deals?.text).toContain('Яндекс,default,qualifiedtobuy,,,yandex.ru,,acc-yandex');
    expect(parts?.text).toContain(',Иван Иванович,Иванов,Яндекс,acc-yandex,User');
    const rows = file?.text.split('\r\n') ?? [];
    expect(rows[0]).toBe(
      '\uFEFFFirst Name,Last Name,Email,Phone Number,Job Title,Company Name,Company Domain Name,Buying Role',
    );
    expect(rows.slice(1)).toEqual([
      'Иван Иванович,Иванов,,,,Яндекс,yandex.ru,END_USER',
      '三,张,,,,Яндекс,yandex.ru,BLOCKER',
    ]);
  });
});

describe('the pre-export check (issue 16)', () => {
  it('holds a HubSpot download until the rep chooses; Cancel saves nothing', async () => {
    const downloads = catchDownloads();
    renderIn(<ExportPanel db={db} />);
    fireEvent.click(await screen.findByLabelText(/^HubSpot contacts/));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(
      await screen.findByRole('heading', { name: 'Before you import this into HubSpot' }),
    ).toBeTruthy();
    expect(screen.getByText(/3 person\(s\) have no email/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: /Before you import/ })).toBeNull();
    expect(await downloads.files()).toEqual([]);
  });

  it('adds buying roles instead of replacing them when the rep ticks the option', async () => {
    const downloads = catchDownloads();
    renderIn(<ExportPanel db={db} accountId="acc-acme" />);
    fireEvent.click(await screen.findByLabelText(/^HubSpot contacts/));
    fireEvent.click(screen.getByLabelText(/^Add buying roles to the ones contacts already have/));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download anyway' }));
    await screen.findByRole('status');
    const [file] = await downloads.files();
    expect(file?.text).toContain(
      'Jane,Doe,jane@acme.com,+1 555 0100,CFO,Acme,acme.com,;DECISION_MAKER',
    );
  });

  it('downloads at once when the CRM has nothing to object to', async () => {
    const downloads = catchDownloads();
    renderIn(<ExportPanel db={db} accountId="acc-acme" />);
    fireEvent.click(await screen.findByLabelText(/^Salesforce/));
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByRole('status');
    expect(screen.queryByRole('heading', { name: /Before you import/ })).toBeNull();
    expect(await downloads.files()).toHaveLength(2);
  });
});
