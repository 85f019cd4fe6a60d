import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TagPanel } from '../../components/TagPanel';
import { panelVocabulary } from '../../lib/i18n/panel-vocabulary';
import type { SaveResult, TaggerContext } from '../../lib/messages/protocol';
import { emptyDraft, type StakeholderDraft } from '../../lib/model';

const context: TaggerContext = {
  vocabulary: panelVocabulary('en'),
  accountName: 'Northwind',
  accountDomain: 'northwind.example',
  accountNames: ['Northwind', 'Contoso'],
  deals: [{ id: 'deal-northwind', name: 'Northwind' }],
};

function renderPanel(
  save: (draft: StakeholderDraft) => Promise<SaveResult>,
  overrides: Partial<TaggerContext> = {},
) {
  const onClose = vi.fn();
  render(
    <TagPanel
      person={{ name: 'Jane Doe', title: 'Chief Financial Officer' }}
      pageUrl="https://northwind.example/team"
      loadContext={async () => ({ ...context, ...overrides })}
      save={save}
      onClose={onClose}
    />,
  );
  return { onClose };
}

describe('the tag panel', () => {
  it('is prefilled from the selection and the page, and saves the roles the rep picks', async () => {
    const save = vi.fn(
      async (): Promise<SaveResult> => ({
        ok: true,
        stakeholderId: '1',
        accountName: 'Northwind',
        dealName: 'Northwind',
        created: true,
      }),
    );
    renderPanel(save);
    expect(await screen.findByLabelText('Name')).toHaveProperty('value', 'Jane Doe');
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Chief Financial Officer');
    expect(screen.getByLabelText('Account')).toHaveProperty('value', 'Northwind');

    fireEvent.click(screen.getByRole('button', { name: 'Budget holder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Economic buyer' }));
    fireEvent.change(screen.getByLabelText('Stance'), { target: { value: 'supporter' } });
    fireEvent.click(screen.getByRole('radio', { name: 'High' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved Jane Doe on the Northwind map.',
    );
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Jane Doe',
        accountName: 'Northwind',
        accountDomain: 'northwind.example',
        roles: ['economic-buyer', 'budget-holder'],
        stance: 'supporter',
        influence: 'high',
        sourceUrl: 'https://northwind.example/team',
        method: 'manual-selection',
      }),
    );
  });

  it('keeps what the rep typed and says why when saving fails', async () => {
    const save = vi.fn(
      async (): Promise<SaveResult> => ({ ok: false, error: 'Could not save (disk on fire).' }),
    );
    renderPanel(save);
    const note = await screen.findByLabelText('Note');
    fireEvent.input(note, { target: { value: 'Met at the expo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Could not save (disk on fire).',
    );
    expect(screen.getByLabelText('Note')).toHaveProperty('value', 'Met at the expo');
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Jane Doe');
  });

  it('asks for a name instead of saving a nameless person', async () => {
    const save = vi.fn();
    renderPanel(save);
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText("Enter the person's name.")).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it('offers to update someone already in the map, with their stored roles', async () => {
    const known = emptyDraft({
      id: 'p1',
      name: 'Jane Doe',
      accountName: 'Northwind',
      roles: ['champion'],
      dealId: 'deal-northwind',
    });
    const parts = [
      {
        dealId: 'deal-northwind',
        roles: known.roles,
        stance: known.stance,
        influence: 'unknown' as const,
      },
    ];
    renderPanel(vi.fn(), { known: { draft: known, accountName: 'Northwind', parts } });
    expect(await screen.findByText(/already on the Northwind map/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Champion' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Update' })).toBeTruthy();
  });

  it('shows hostile names as text and runs nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    render(
      <TagPanel
        person={{ name: hostile, title: '<script>window.__pwned=1</script>' }}
        pageUrl="https://evil.example/"
        loadContext={async () => context}
        save={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(await screen.findByLabelText('Name')).toHaveProperty('value', hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('closes on Escape', async () => {
    const { onClose } = renderPanel(vi.fn());
    fireEvent.keyUp(await screen.findByLabelText('Name'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('says so when the extension cannot be reached', async () => {
    render(
      <TagPanel
        person={{ name: 'Jane', title: '' }}
        pageUrl="https://x.example/"
        loadContext={() => Promise.reject(new Error('Extension context invalidated.'))}
        save={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/reload the page/));
  });
});

describe('the page’s language', () => {
  it('goes with the draft, so a new account asks its questions in the customer’s language', async () => {
    const save = vi.fn(
      async (): Promise<SaveResult> => ({
        ok: true,
        stakeholderId: '1',
        accountName: 'Northwind',
        dealName: 'Northwind',
        created: true,
      }),
    );
    render(
      <TagPanel
        person={{ name: 'Jana Fischer', title: 'Einkaufsleiterin' }}
        pageUrl="https://northwind.example/team"
        pageLanguage="de"
        loadContext={async () => context}
        save={save}
        onClose={() => {}}
      />,
    );
    await screen.findByLabelText('Name');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ pageLanguage: 'de' }));
  });
});
