import { describe, expect, it, vi } from 'vitest';
import { answerFrame } from '../../lib/messages/page-server';

const findings = { people: [], gaveUp: false };

describe('the page script answers only the frame of the panel now open', () => {
  const handlers = { 'page/findings': vi.fn(async () => findings) };

  it('answers a request carrying the open panel’s token', async () => {
    await expect(
      answerFrame(handlers, 't1', { type: 'page/findings', token: 't1', payload: {} }),
    ).resolves.toEqual(findings);
  });

  it('ignores an older frame, a type another script answers, and malformed requests', () => {
    expect(
      answerFrame(handlers, 't2', { type: 'page/findings', token: 't1', payload: {} }),
    ).toBeUndefined();
    expect(
      answerFrame(handlers, 't1', { type: 'page/info', token: 't1', payload: {} }),
    ).toBeUndefined();
    expect(
      answerFrame(handlers, undefined, { type: 'page/findings', token: 't1', payload: {} }),
    ).toBeUndefined();
    expect(
      answerFrame({ 'page/size': vi.fn(async () => ({})) }, 't1', {
        type: 'page/size',
        token: 't1',
        payload: { height: 'tall' },
      }),
    ).toBeUndefined();
  });
});
