import { describe, expect, it, vi } from 'vitest';
import { panelVocabulary } from '../../lib/i18n/panel-vocabulary';
import { dispatch } from '../../lib/messages/server';
import { emptyDraft } from '../../lib/model';

const handlers = {
  'tagger/context': vi.fn(async () => ({
    vocabulary: panelVocabulary('en'),
    accountName: 'Example',
    accountNames: [],
    deals: [],
  })),
  'stakeholder/save': vi.fn(async () => ({
    ok: true as const,
    stakeholderId: 'x',
    accountName: 'Example',
    dealName: 'Example',
    created: true,
  })),
  'tagger/known': vi.fn(async () => ({ matches: [] })),
  'tagger/invoke': vi.fn(async () => ({ opened: true })),
  'tagger/marks': vi.fn(async () => ({ marks: [] })),
  'panel/hello': vi.fn(async () => ({ ok: false as const, error: 'refused' })),
  'page/relay': vi.fn(async () => undefined),
};

describe('the background accepts only well-formed requests', () => {
  it('routes a valid save to its handler', async () => {
    const draft = emptyDraft({ name: 'Jane Doe', accountName: 'Example' });
    await expect(
      dispatch(handlers, { type: 'stakeholder/save', payload: draft }),
    ).resolves.toMatchObject({ ok: true });
    expect(handlers['stakeholder/save']).toHaveBeenCalledWith(draft);
  });

  it('rejects a save whose roles are not ours, without calling the handler', async () => {
    handlers['stakeholder/save'].mockClear();
    const draft = { ...emptyDraft({ name: 'Jane', accountName: 'Example' }), roles: ['overlord'] };
    await expect(
      dispatch(handlers, { type: 'stakeholder/save', payload: draft }),
    ).rejects.toThrow();
    expect(handlers['stakeholder/save']).not.toHaveBeenCalled();
  });

  it('rejects a save with an empty name', async () => {
    const draft = emptyDraft({ name: '   ', accountName: 'Example' });
    await expect(
      dispatch(handlers, { type: 'stakeholder/save', payload: draft }),
    ).rejects.toThrow();
  });

  it('leaves messages that are not its own to other listeners', () => {
    expect(dispatch(handlers, { type: 'something/else' })).toBeUndefined();
    expect(dispatch(handlers, 'hello')).toBeUndefined();
    expect(dispatch(handlers, { __proto__: { type: 'stakeholder/save' } })).toBeUndefined();
  });

  it('routes a lookup of the people found on a page, and rejects one without their names', async () => {
    const people = [{ key: 'ada quinn', name: 'Ada Quinn', title: 'CFO' }];
    await expect(
      dispatch(handlers, {
        type: 'tagger/known',
        payload: { pageUrl: 'https://a.example/', people },
      }),
    ).resolves.toEqual({ matches: [] });
    expect(handlers['tagger/known']).toHaveBeenCalledWith({
      pageUrl: 'https://a.example/',
      people,
    });
    handlers['tagger/known'].mockClear();
    await expect(
      dispatch(handlers, {
        type: 'tagger/known',
        payload: { pageUrl: 'https://a.example/', people: [{ key: 'x' }] },
      }),
    ).rejects.toThrow();
    expect(handlers['tagger/known']).not.toHaveBeenCalled();
  });
});
