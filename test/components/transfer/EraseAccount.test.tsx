/** Erasing an account: asked first, everything of it gone, and undo puts it all back. */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { EraseAccount } from '../../../components/transfer/EraseAccount';
import type { RolecallDatabase } from '../../../lib/db';
import { contents, freshDb, sampleMap, seed } from '../../transfer/helpers';
import { renderIn } from './helpers';

let db: RolecallDatabase;

beforeEach(async () => {
  db = freshDb();
  await seed(db, sampleMap());
});

describe('erasing an account', () => {
  it('asks with the number of people, erases them all, and undo restores exactly', async () => {
    const before = await contents(db);
    renderIn(<EraseAccount db={db} accountId="acc-yandex" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Erase this account' }));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain(
      'Erase Яндекс and all 2 people in it? Every record of them is removed.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Erase' }));
    expect((await screen.findByRole('status')).textContent).toContain('Erased Яндекс.');
    const after = await contents(db);
    expect(after.accounts.map((a) => a.id)).toEqual(['acc-acme']);
    expect(after.stakeholders.every((p) => p.accountId === 'acc-acme')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(await contents(db)).toStrictEqual(before);
  });

  it('keeping the account changes nothing', async () => {
    const before = await contents(db);
    renderIn(<EraseAccount db={db} accountId="acc-acme" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Erase this account' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await contents(db)).toStrictEqual(before);
  });
});
