/** The popup's deal switcher: the deal shown, the others with their scores, adding one. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DealSwitcher } from '../../components/DealSwitcher';
import { LanguageContext } from '../../components/i18n';
import { DEFAULT_DEAL_CONTEXT, type Deal } from '../../lib/model';

const deal = (id: string, name: string): Deal => ({
  ...DEFAULT_DEAL_CONTEXT,
  id,
  accountId: 'acme',
  name,
  createdAt: 0,
  updatedAt: 0,
});

function renderSwitcher(onAdd = vi.fn(async () => undefined), onChoose = vi.fn()) {
  render(
    <LanguageContext.Provider value="en">
      <DealSwitcher
        deal={deal('platform', 'Data platform')}
        others={[{ deal: deal('renewal', 'Renewal'), score: 42 }]}
        onChoose={onChoose}
        onAdd={onAdd}
      />
    </LanguageContext.Provider>,
  );
  return { onAdd, onChoose };
}

describe('the deal switcher', () => {
  it('names the deal shown and lists the others with their scores, one click each', () => {
    const { onChoose } = renderSwitcher();
    const switcher = screen.getByRole('region', { name: 'Deal' });
    expect(within(switcher).getByText('Data platform')).toBeTruthy();
    const others = within(switcher).getByRole('list', { name: 'Other deals on this account' });
    expect(within(others).getByRole('img', { name: 'Coverage score 42 of 100' })).toBeTruthy();
    fireEvent.click(within(others).getByRole('button', { name: 'Renewal' }));
    expect(onChoose).toHaveBeenCalledWith('renewal');
  });

  it('adds a deal by name, and Cancel closes the name field without adding one', async () => {
    const { onAdd } = renderSwitcher();
    fireEvent.click(screen.getByRole('button', { name: '+ New deal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Name of the new deal')).toBeNull();
    expect(onAdd).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '+ New deal' }));
    fireEvent.input(screen.getByLabelText('Name of the new deal'), {
      target: { value: '  Expansion ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add deal' }));
    expect(onAdd).toHaveBeenCalledWith('Expansion');
    await waitFor(() => expect(screen.queryByLabelText('Name of the new deal')).toBeNull());
  });
});
