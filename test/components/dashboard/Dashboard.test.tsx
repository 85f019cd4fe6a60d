import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { createDeal, type RolecallDatabase } from '../../../lib/db';
import { personOf, stakeholderIn } from '../../../lib/model';
import { person } from '../../powermap/people';
import { NOW, recordingPlatform, seededDatabase } from './fixtures';

let db: RolecallDatabase;

beforeEach(async () => {
  db = await seededDatabase();
  window.location.hash = '';
});

function renderDashboard() {
  const { platform } = recordingPlatform();
  return render(<Dashboard db={db} platform={platform} now={() => NOW} />);
}

const accountRows = () => {
  const table = screen.getByRole('table', { name: 'Accounts' });
  return within(table).getAllByRole('row').slice(1);
};

const rowNames = () => accountRows().map((row) => within(row).getByRole('link').textContent);

describe('the accounts list', () => {
  it('shows each account with score, stage, people, worst gap and last change', async () => {
    renderDashboard();
    await screen.findByText('Showing 3 of 3');
    expect(rowNames()).toEqual(['Acme', 'Globex', 'Initech']);
    const [acme, globex, initech] = accountRows().map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(acme?.slice(1, 3)).toEqual(['Evaluating vendors', '5']);
    expect(acme?.[4]).toBe('today');
    expect(globex?.[4]).toBe('10 days ago');
    expect(globex?.[2]).toBe('1stale: 1');
    expect(initech?.[3]).toMatch(/^Critical.*economic buyer/iu);
    expect(Number(acme?.[0])).toBeGreaterThan(Number(initech?.[0]));
  });

  it('lists the deals as rows of their own, each with its score, and filters them too', async () => {
    await createDeal(db, 'acme', 'Acme renewal', NOW);
    renderDashboard();
    await screen.findByText('Showing 3 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Deals' }));
    const table = screen.getByRole('table', { name: 'Deals' });
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('link').textContent);
    expect(screen.getByText('4 deals')).toBeTruthy();
    // Lowest score first: the new deal has nobody on it yet.
    expect(rows()[0]).toBe('Acme renewal');
    expect(rows()).toEqual(expect.arrayContaining(['Acme', 'Globex', 'Initech']));
    expect(screen.queryByText('Showing 3 of 3')).toBeNull();
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'renewal' } });
    expect(rows()).toEqual(['Acme renewal']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(rows()).toHaveLength(4);
  });

  it('narrows by search, stage, score and staleness, and clears back', async () => {
    renderDashboard();
    await screen.findByText('Showing 3 of 3');
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'scorpio' } });
    expect(rowNames()).toEqual(['Globex']);
    expect(screen.getByText('Found: Hank Scorpio')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'zzz' } });
    expect(
      screen.getByText('No account matches. Clear the search or the filters to see them all.', {
        exact: false,
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(rowNames()).toHaveLength(3);

    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'purchase-decision' } });
    expect(rowNames()).toEqual(['Globex']);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'any' } });

    fireEvent.input(screen.getByLabelText('Score below'), { target: { value: '10' } });
    expect(rowNames()).toEqual(['Initech']);
    fireEvent.input(screen.getByLabelText('Score below'), { target: { value: '' } });

    fireEvent.click(screen.getByLabelText('Only with stale people'));
    expect(rowNames()).toEqual(['Globex']);
    fireEvent.click(screen.getByLabelText('Only with stale people'));

    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'people' } });
    expect(rowNames()).toEqual(['Acme', 'Globex', 'Initech']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'score-low' } });
    expect(rowNames()[0]).toBe('Initech');
  });

  it('follows changes to the database while open', async () => {
    renderDashboard();
    await screen.findByText('Showing 3 of 3');
    await db.accounts.update('initech', { name: 'Initrode' });
    await screen.findByRole('link', { name: 'Initrode' });
  });
});

describe('one account', () => {
  async function openAcme() {
    window.location.hash = '#/account/acme';
    const view = renderDashboard();
    await screen.findByRole('group', { name: 'Power map of Acme' });
    return view;
  }

  const peopleTable = () => screen.getByRole('table', { name: 'Stakeholders' });

  it('shows the power map and the stakeholder table', async () => {
    await openAcme();
    expect(screen.getByRole('heading', { name: 'Acme' })).toBeTruthy();
    const rows = within(peopleTable()).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Ann LeeCTO',
      'Bo KimEngineer',
      'Cy ParkEngineer',
      'Jane DoeCFO',
      'Max RoeCEO',
    ]);
  });

  it('shows a department read from the title as read, and the one the rep set as is', async () => {
    await db.stakeholders.update('cto', { department: 'it' });
    await openAcme();
    const row = (name: string) =>
      within(peopleTable())
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(name));
    expect(row('Jane Doe')?.textContent).toContain('Finance (read from the title)');
    expect(row('Ann Lee')?.textContent).toContain('IT');
    expect(row('Ann Lee')?.textContent).not.toContain('read from the title');
  });

  it('edits a person in place, including whom they report to', async () => {
    await openAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Bo Kim' }));
    const form = screen.getByRole('form', { name: 'Edit Bo Kim' });
    fireEvent.input(within(form).getByLabelText('Title'), { target: { value: 'Staff Engineer' } });
    fireEvent.change(within(form).getByLabelText('Reports to'), { target: { value: 'cfo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Technical evaluator' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved Bo Kim.', {}, { timeout: 5000 });
    const saved = await db.stakeholders.get('e1');
    expect(saved && stakeholderIn(saved, 'acme')).toMatchObject({
      title: 'Staff Engineer',
      reportsToId: 'cfo',
      roles: ['technical-evaluator', 'user'],
    });
  });

  it('offers only managers that keep the lines a tree', async () => {
    await openAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ann Lee' }));
    const form = screen.getByRole('form', { name: 'Edit Ann Lee' });
    const options = within(within(form).getByLabelText('Reports to'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['No manager on the map', 'Jane Doe (CFO)', 'Max Roe (CEO)']);
  });

  it('keeps what was typed and says why when the name is emptied', async () => {
    await openAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Cy Park' }));
    const form = screen.getByRole('form', { name: 'Edit Cy Park' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: '  ' } });
    fireEvent.input(within(form).getByLabelText('Title'), { target: { value: 'Architect' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert').textContent).toBe("Enter the person's name.");
    expect(within(form).getByLabelText('Title')).toHaveProperty('value', 'Architect');
    await expect(db.stakeholders.get('e2')).resolves.toMatchObject({ name: 'Cy Park' });
  });

  it('merges two entries that are the same person', async () => {
    await db.stakeholders.put(
      personOf(person('dup', 'Ann Lee (2)', { title: 'CTO', roles: ['technical-evaluator'] })),
    );
    await openAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Merge Ann Lee (2) with another entry' }));
    const form = screen.getByRole('form', { name: 'Merge Ann Lee (2) with another entry' });
    fireEvent.change(within(form).getByLabelText('Same person as'), { target: { value: 'cto' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Merge' }));
    await screen.findByText('Merged Ann Lee (2) into Ann Lee.');
    await expect(db.stakeholders.get('dup')).resolves.toBeUndefined();
    const kept = await db.stakeholders.get('cto');
    expect(kept && stakeholderIn(kept, 'acme')).toMatchObject({ roles: ['technical-evaluator'] });
  });

  it('moves a person to another account', async () => {
    await openAcme();
    fireEvent.click(screen.getByRole('button', { name: 'Move Cy Park to another account' }));
    const form = await screen.findByRole('form', { name: 'Move Cy Park to another account' });
    fireEvent.change(within(form).getByLabelText('Move to account'), {
      target: { value: 'initech' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Move' }));
    await screen.findByText('Moved Cy Park to Initech.');
    await expect(db.stakeholders.get('e2')).resolves.toMatchObject({ accountId: 'initech' });
    await waitFor(() => expect(within(peopleTable()).queryByText('Cy Park')).toBeNull());
  });

  it('says so when the account is gone', async () => {
    window.location.hash = '#/account/nope';
    renderDashboard();
    await screen.findByText('This account no longer exists.');
  });
});

describe('the data page', () => {
  it('loads import and export when opened', async () => {
    window.location.hash = '#/data';
    renderDashboard();
    await screen.findByRole('heading', { name: 'Data' });
    expect(await screen.findByRole('heading', { name: 'Import' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Export' })).toBeTruthy();
  });
});
