import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { type RolecallDatabase, readSettings, updateSettings } from '../../../lib/db';
import { NOW, recordingPlatform, seededDatabase } from './fixtures';

let db: RolecallDatabase;

beforeEach(async () => {
  db = await seededDatabase();
  window.location.hash = '#/settings';
});

function renderSettings(answers: { grant?: boolean } = {}) {
  const recorded = recordingPlatform(answers);
  render(<Dashboard db={db} platform={recorded.platform} now={() => NOW} />);
  return recorded;
}

describe('settings', () => {
  it('switches the interface language, "auto" following the browser', async () => {
    renderSettings();
    const language = await screen.findByLabelText('Language');
    expect(within(language).getAllByRole('option')[0]?.textContent).toBe(
      'Same as the browser (English)',
    );
    fireEvent.change(language, { target: { value: 'de' } });
    await screen.findByRole('link', { name: 'Einstellungen' });
    await expect(readSettings(db)).resolves.toMatchObject({ language: 'de' });
  });

  it('saves the defaults for new accounts and the CSV byte-order mark', async () => {
    renderSettings();
    fireEvent.change(await screen.findByLabelText('Default question language'), {
      target: { value: 'fi' },
    });
    fireEvent.change(screen.getByLabelText('Methodology'), { target: { value: 'meddpicc' } });
    fireEvent.click(screen.getByLabelText('Byte-order mark in CSV files', { exact: false }));
    await waitFor(() =>
      expect(readSettings(db)).resolves.toMatchObject({
        defaultQuestionLanguage: 'fi',
        defaultPreset: 'meddpicc',
        csvByteOrderMark: false,
      }),
    );
  });

  it('explains a stale threshold out of range and keeps the saved one', async () => {
    renderSettings();
    const days = await screen.findByLabelText('Stale after (days)');
    fireEvent.input(days, { target: { value: '0' } });
    fireEvent.change(days, { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a whole number of days from 1 to 365.',
    );
    expect(days).toHaveProperty('value', '0');
    await expect(readSettings(db)).resolves.toMatchObject({ staleDays: 14 });
    fireEvent.input(days, { target: { value: '30' } });
    fireEvent.change(days, { target: { value: '30' } });
    await waitFor(() => expect(readSettings(db)).resolves.toMatchObject({ staleDays: 30 }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the storage used and asks the browser to keep the data', async () => {
    const { platform } = renderSettings();
    await screen.findByText('1.2 MB used of 50 GB available to the browser');
    screen.getByText('The browser may clear this data when disk space runs low.');
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    await screen.findByText(
      'The browser did not promise to keep the data. Download a backup from time to time.',
    );
    expect(platform.persist).toHaveBeenCalledOnce();
  });
});

describe('sites with automatic recognition', () => {
  const site = () => screen.getByRole('textbox', { name: 'Site' });
  const turnOn = () => screen.getByRole('button', { name: 'Turn on' });

  it('asks the browser for a typed site, stores it, and gives the permission back on removal', async () => {
    const { platform } = renderSettings();
    await screen.findByText('No sites yet: Rolecall runs only when you invoke it.');
    fireEvent.input(site(), { target: { value: 'https://www.LinkedIn.com/in/jane' } });
    fireEvent.click(turnOn());
    await screen.findByText('Recognition is on for linkedin.com.');
    expect(platform.requestOrigins).toHaveBeenCalledWith([
      'https://*.linkedin.com/*',
      'http://*.linkedin.com/*',
    ]);
    await expect(readSettings(db)).resolves.toMatchObject({ recognitionSites: ['linkedin.com'] });
    expect(site()).toHaveProperty('value', '');
    const list = await screen.findByRole('list', { name: 'Sites with automatic recognition' });
    expect(within(list).getByText('linkedin.com')).toBeTruthy();

    fireEvent.input(site(), { target: { value: 'linkedin.com' } });
    fireEvent.click(turnOn());
    await screen.findByText('linkedin.com is already on the list.');
    expect(platform.requestOrigins).toHaveBeenCalledOnce();

    fireEvent.click(screen.getByRole('button', { name: 'Turn off recognition on linkedin.com' }));
    await screen.findByText(
      'Recognition is off for linkedin.com, and the permission is given back.',
    );
    expect(platform.removeOrigins).toHaveBeenCalledWith([
      'https://*.linkedin.com/*',
      'http://*.linkedin.com/*',
    ]);
    await expect(readSettings(db)).resolves.toMatchObject({ recognitionSites: [] });
  });

  it('refuses what is not a site without asking the browser', async () => {
    const { platform } = renderSettings();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Site' }), {
      target: { value: 'ftp://files.acme.com' },
    });
    fireEvent.click(turnOn());
    await screen.findByText(
      '"ftp://files.acme.com" is not a web site. Only http and https sites can be recognised.',
    );
    expect(platform.requestOrigins).not.toHaveBeenCalled();
  });

  it('keeps a site off when the browser refuses', async () => {
    renderSettings({ grant: false });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Site' }), {
      target: { value: 'acme.com' },
    });
    fireEvent.click(turnOn());
    await screen.findByText(
      'The browser did not grant access to acme.com, so recognition stays off there.',
    );
    await expect(readSettings(db)).resolves.toMatchObject({ recognitionSites: [] });
    expect(site()).toHaveProperty('value', 'acme.com');
  });
});

describe('erasing everything', () => {
  it('offers a backup first, then erases every record and gives back site permissions', async () => {
    await updateSettings(db, { recognitionSites: ['linkedin.com'] });
    const { platform, downloads } = renderSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Erase everything…' }));
    await screen.findByText('Erase all accounts (3) and stakeholders (6)?');
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await screen.findByText('Backup downloaded: rolecall-all-2025-06-01.json');
    const backup: unknown = JSON.parse(await (downloads[0]?.blob.text() ?? Promise.resolve('')));
    expect(Reflect.get(Object(backup), 'stakeholders')).toHaveLength(6);

    fireEvent.click(screen.getByRole('button', { name: 'Erase everything now' }));
    await screen.findByText('Everything was erased.');
    await expect(db.accounts.count()).resolves.toBe(0);
    await expect(db.stakeholders.count()).resolves.toBe(0);
    expect(platform.removeOrigins).toHaveBeenCalledWith([
      'https://*.linkedin.com/*',
      'http://*.linkedin.com/*',
    ]);
  });

  it('changes nothing when the rep cancels', async () => {
    renderSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Erase everything…' }));
    await screen.findByText('Erase all accounts (3) and stakeholders (6)?');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Erase everything…' })).toBeTruthy();
    await expect(db.accounts.count()).resolves.toBe(3);
  });
});
