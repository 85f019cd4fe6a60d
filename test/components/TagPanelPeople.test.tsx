/** The panel opened with nothing selected: the people found on the page. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Findings, TagPanel } from '../../components/TagPanel';
import type { FoundPerson } from '../../lib/extract';
import { panelVocabulary } from '../../lib/i18n/panel-vocabulary';
import type { KnownPeople, SaveResult, TaggerContext } from '../../lib/messages/protocol';
import { emptyDraft } from '../../lib/model';

const context: TaggerContext = {
  vocabulary: panelVocabulary('en'),
  accountName: 'Northwind',
  accountDomain: 'northwind.example',
  accountNames: ['Northwind'],
  deals: [{ id: 'deal-northwind', name: 'Northwind' }],
};

const cfo: FoundPerson = {
  key: 'ada quinn',
  name: 'Ada Quinn',
  title: 'Chief Financial Officer',
  email: 'ada@northwind.example',
  method: 'structured-data',
  suggestion: { department: 'finance', roles: ['budget-holder', 'economic-buyer'] },
};
const cto: FoundPerson = { key: 'bo lind', name: 'Bo Lind', title: 'CTO', method: 'page-layout' };

function renderList(
  findings: Findings | undefined,
  known: KnownPeople = { matches: [] },
  save = vi.fn(
    async (): Promise<SaveResult> => ({
      ok: true,
      stakeholderId: 's1',
      accountName: 'Northwind',
      dealName: 'Northwind',
      created: true,
    }),
  ),
  loadContext = vi.fn(async (_name: string) => context),
) {
  const lookupKnown = vi.fn(async () => known);
  const view = render(
    <TagPanel
      person={{ name: '', title: '' }}
      pageUrl="https://northwind.example/team"
      loadContext={loadContext}
      save={save}
      onClose={() => {}}
      findings={findings}
      lookupKnown={lookupKnown}
    />,
  );
  return { ...view, save, lookupKnown, loadContext };
}

describe('the people found on the page', () => {
  it('says it is looking, then lists each person with name and title', async () => {
    const { rerender, lookupKnown } = renderList(undefined);
    await screen.findByText('Looking for people on this page…');
    rerender(
      <TagPanel
        person={{ name: '', title: '' }}
        pageUrl="https://northwind.example/team"
        loadContext={async () => context}
        save={async () => ({ ok: false, error: 'x' })}
        onClose={() => {}}
        findings={{ people: [cfo, cto], gaveUp: false }}
        lookupKnown={lookupKnown}
      />,
    );
    const list = await screen.findByRole('region', { name: 'People on this page' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Ada QuinnFinanceChief Financial Officer'),
      expect.stringContaining('Bo LindCTO'),
    ]);
    await waitFor(() =>
      expect(lookupKnown).toHaveBeenCalledWith([
        { key: 'ada quinn', name: 'Ada Quinn', title: 'Chief Financial Officer' },
        { key: 'bo lind', name: 'Bo Lind', title: 'CTO' },
      ]),
    );
  });

  it('shows a known person’s role instead of a tag mark, and flags a title the map has otherwise', async () => {
    renderList(
      { people: [cfo, cto], gaveUp: false },
      {
        matches: [
          {
            key: 'ada quinn',
            stakeholderId: 's1',
            accountName: 'Northwind',
            roles: ['economic-buyer', 'budget-holder'],
            storedTitle: 'VP Finance',
            titleOnPage: 'Chief Financial Officer',
          },
        ],
      },
    );
    const ada = (await screen.findByRole('button', { name: 'Edit Ada Quinn' })).closest('li');
    expect(ada).not.toBeNull();
    const row = within(ada as HTMLElement);
    await row.findByText('Economic buyer +1');
    expect(row.getByText(/The page says/).textContent).toBe(
      'The page says “Chief Financial Officer”, the map “VP Finance”.',
    );
    expect(row.getByRole('button', { name: 'Update' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tag Bo Lind' })).toBeTruthy();
  });

  it('suggests from a title typed by hand, and follows the title as the rep corrects it', async () => {
    renderList({ people: [], gaveUp: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Tag someone by hand' }));
    const title = await screen.findByLabelText('Title');
    expect(screen.queryByText(/Suggested from the title/)).toBeNull();
    fireEvent.input(title, { target: { value: 'Leiterin Einkauf' } });
    expect((await screen.findByText(/Suggested from the title/)).textContent).toContain(
      'Procurement',
    );
    fireEvent.input(title, { target: { value: 'Finanzdirektor' } });
    await waitFor(() =>
      expect(screen.getByText(/Suggested from the title/).textContent).toContain('Finance'),
    );
    expect(screen.getByText(/Suggested from the title/).textContent).not.toContain('Procurement');
  });

  it('opens the form prefilled from the person, with the title’s suggestion to apply', async () => {
    const { save, loadContext } = renderList({ people: [cfo], gaveUp: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Tag Ada Quinn' }));
    expect(await screen.findByLabelText('Name')).toHaveProperty('value', 'Ada Quinn');
    expect(loadContext).toHaveBeenLastCalledWith('Ada Quinn');
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Chief Financial Officer');
    const holder = screen.getByRole('button', { name: 'Budget holder' });
    expect(holder.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(/Suggested from the title/).textContent).toBe(
      'Suggested from the title: Budget holder, Economic buyer, Finance, C-level',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(holder.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Ada Quinn',
        email: 'ada@northwind.example',
        roles: ['economic-buyer', 'budget-holder'],
        department: 'finance',
        method: 'structured-data',
        sourceUrl: 'https://northwind.example/team',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    await screen.findByRole('region', { name: 'People on this page' });
  });

  it('shows what each title reads as, and takes department and seniority in one click each', async () => {
    const head: FoundPerson = {
      key: 'li wei',
      name: 'Li Wei',
      title: '采购部部长',
      method: 'page-layout',
      suggestion: { department: 'procurement', seniority: 'head', roles: ['procurement'] },
    };
    const { save } = renderList({ people: [head], gaveUp: false });
    const read = await screen.findByText('Procurement · Head of unit');
    expect(read.getAttribute('title')).toBe('Read from the title: Procurement · Head of unit');
    fireEvent.click(screen.getByRole('button', { name: 'Tag Li Wei' }));
    expect(await screen.findByLabelText('Department')).toHaveProperty('value', '');
    fireEvent.click(screen.getByRole('button', { name: 'Set Procurement' }));
    fireEvent.click(screen.getByRole('button', { name: 'Set Head of unit' }));
    expect(screen.getByLabelText('Department')).toHaveProperty('value', 'procurement');
    expect(screen.getByLabelText('Seniority')).toHaveProperty('value', 'head');
    // Taken, the one-click buttons go; the rep can still pick anything else.
    expect(screen.queryByRole('button', { name: 'Set Procurement' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Seniority'), { target: { value: 'director' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ department: 'procurement', seniority: 'director', roles: [] }),
    );
  });

  it('says nobody was found, and offers the form by hand', async () => {
    const { save } = renderList({ people: [], gaveUp: false });
    await screen.findByText('Nobody found on this page.');
    fireEvent.click(screen.getByRole('button', { name: 'Tag someone by hand' }));
    expect(await screen.findByLabelText('Name')).toHaveProperty('value', '');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Cleo Dahl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Cleo Dahl', method: 'manual-entry' }),
    );
  });

  it('says when the page was too large to read in full', async () => {
    renderList({ people: [cto], gaveUp: true });
    await screen.findByText(/too large to read in full/);
  });

  it('shows names made of markup as text', async () => {
    const hostile: FoundPerson = {
      key: 'x',
      name: '<img src=x onerror=alert(1)>',
      title: '<script>alert(2)</script>',
      method: 'page-layout',
    };
    const { container } = renderList({ people: [hostile], gaveUp: false });
    await screen.findByText('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('keeps a draft the stored stakeholder’s, with the page’s newer title, when updating', async () => {
    const stored = emptyDraft({
      id: 's1',
      name: 'Ada Quinn',
      title: 'VP Finance',
      accountName: 'Northwind',
      roles: ['budget-holder'],
      dealId: 'deal-northwind',
    });
    const parts = [
      {
        dealId: 'deal-northwind',
        roles: stored.roles,
        stance: stored.stance,
        influence: stored.influence,
      },
    ];
    const { save } = renderList(
      { people: [cfo], gaveUp: false },
      { matches: [] },
      undefined,
      vi.fn(async (name: string) =>
        name ? { ...context, known: { draft: stored, accountName: 'Northwind', parts } } : context,
      ),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Tag Ada Quinn' }));
    expect(await screen.findByLabelText('Title')).toHaveProperty(
      'value',
      'Chief Financial Officer',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await screen.findByRole('status');
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 's1',
        roles: ['budget-holder'],
        title: 'Chief Financial Officer',
      }),
    );
  });
});

describe('the chips beside the names on the page', () => {
  function renderWithChips(known: KnownPeople) {
    const onMarks = vi.fn();
    let click: ((key: string) => void) | undefined;
    const chipClicks = vi.fn((open: (key: string) => void) => {
      click = open;
      return () => {
        click = undefined;
      };
    });
    render(
      <TagPanel
        person={{ name: '', title: '' }}
        pageUrl="https://northwind.example/team"
        loadContext={async () => context}
        save={async () => ({ ok: false, error: 'x' })}
        onClose={() => {}}
        findings={{ people: [cfo, cto], gaveUp: false }}
        lookupKnown={async () => known}
        onMarks={onMarks}
        chipClicks={chipClicks}
      />,
    );
    return { onMarks, click: (key: string) => click?.(key) };
  }

  it('words each chip as the list does: a tag mark, or a known person’s role and what changed', async () => {
    const { onMarks } = renderWithChips({
      matches: [
        {
          key: 'ada quinn',
          stakeholderId: 's1',
          accountName: 'Northwind',
          roles: ['economic-buyer'],
          storedTitle: 'VP Finance',
          titleOnPage: 'Chief Financial Officer',
        },
      ],
    });
    await waitFor(() =>
      expect(onMarks).toHaveBeenLastCalledWith([
        {
          key: 'ada quinn',
          name: 'Ada Quinn',
          text: 'Economic buyer !',
          label: 'Rolecall: Ada Quinn',
          tooltip: 'The page says “Chief Financial Officer”, the map “VP Finance”.',
          tone: 'changed',
        },
        {
          key: 'bo lind',
          name: 'Bo Lind',
          text: '+',
          label: 'Rolecall: Bo Lind',
          tooltip: 'Bo Lind',
          tone: 'new',
        },
      ]),
    );
  });

  it('opens the person whose chip the rep clicked, and ignores keys it did not list', async () => {
    const { click } = renderWithChips({ matches: [] });
    await screen.findByRole('region', { name: 'People on this page' });
    click('nobody');
    expect(screen.queryByLabelText('Name')).toBeNull();
    click('bo lind');
    expect(await screen.findByLabelText('Name')).toHaveProperty('value', 'Bo Lind');
  });
});

describe('keyboard focus in the panel', () => {
  it('starts on the first person found, and on Done once saved', async () => {
    renderList({ people: [cfo, cto], gaveUp: false });
    const first = await screen.findByRole('button', { name: 'Tag Ada Quinn' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.click(first);
    await screen.findByLabelText('Name');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const done = await screen.findByRole('button', { name: 'Done' });
    await waitFor(() => expect(document.activeElement).toBe(done));
  });

  it('starts on tagging by hand when nobody was found', async () => {
    renderList({ people: [], gaveUp: false });
    const byHand = await screen.findByRole('button', { name: 'Tag someone by hand' });
    await waitFor(() => expect(document.activeElement).toBe(byHand));
  });
});
