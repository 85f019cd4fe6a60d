import { describe, expect, it } from 'vitest';
import {
  cardBox,
  decideManager,
  fitEdge,
  fitText,
  layoutPowerMap,
  missingRoles,
  nodeAt,
  textWidth,
} from '../../lib/powermap';
import { smallCommittee } from './people';

describe('cards sized by influence', () => {
  it('shrinks a card about the centre of its slot', () => {
    expect(cardBox({ x: 100, y: 50, width: 200, height: 80 }, 0.5)).toEqual({
      x: 150,
      y: 70,
      width: 100,
      height: 40,
    });
  });

  it('ends each reporting line on the cards, not on the empty part of their slots', () => {
    const layout = layoutPowerMap(smallCommittee());
    const slot = (id: string) => {
      const node = layout.nodes.find((n) => n.id === id);
      if (!node) throw new Error(id);
      return node;
    };
    const edge = layout.edges.find((e) => e.from === 'ceo' && e.to === 'cto');
    if (!edge) throw new Error('no edge');
    const from = { slot: slot('ceo'), card: cardBox(slot('ceo'), 0.8) };
    const to = { slot: slot('cto'), card: cardBox(slot('cto'), 0.8) };
    const points = fitEdge(edge, from, to);
    expect(points[0]).toEqual({ x: edge.points[0]?.x, y: from.card.y + from.card.height });
    expect(points.at(-1)).toEqual({ x: edge.points.at(-1)?.x, y: to.card.y });
    // Still orthogonal: every segment horizontal or vertical.
    for (const [i, p] of points.slice(1).entries()) {
      const prev = points[i];
      expect(prev && (prev.x === p.x || prev.y === p.y)).toBe(true);
    }
  });

  it('ends a line into a column of reports at the card’s side', () => {
    const people = [{ id: 'boss' }, ...['a', 'b', 'c'].map((id) => ({ id, reportsToId: 'boss' }))];
    const layout = layoutPowerMap(people);
    const edge = layout.edges.find((e) => e.to === 'b');
    const node = layout.nodes.find((n) => n.id === 'b');
    const boss = layout.nodes.find((n) => n.id === 'boss');
    if (!edge || !node || !boss) throw new Error('missing');
    expect(edge.points.at(-1)?.x).toBe(node.x);
    const card = cardBox(node, 0.8);
    const points = fitEdge(edge, { slot: boss, card: boss }, { slot: node, card });
    expect(points.at(-1)).toEqual({ x: card.x, y: edge.points.at(-1)?.y });
  });

  it('finds the card under a point, skipping the one being dragged', () => {
    const layout = layoutPowerMap(smallCommittee());
    const cfo = layout.nodes.find((n) => n.id === 'cfo');
    if (!cfo) throw new Error('no cfo');
    const inside = { x: cfo.x + 5, y: cfo.y + 5 };
    expect(nodeAt(layout.nodes, inside)?.id).toBe('cfo');
    expect(nodeAt(layout.nodes, inside, 'cfo')).toBeUndefined();
    expect(nodeAt(layout.nodes, { x: -10, y: -10 })).toBeUndefined();
  });
});

describe('empty slots for the roles nobody holds', () => {
  it('come from the missing-role and no-champion gaps, most decisive first', () => {
    expect(
      missingRoles([
        { id: 'missing-procurement' },
        { id: 'single-threaded-contact' },
        { id: 'no-champion' },
        { id: 'missing-economic-buyer' },
        { id: 'no-legal-function' },
      ]),
    ).toEqual(['economic-buyer', 'procurement', 'champion']);
  });
});

describe('deciding what a drop means', () => {
  const people = smallCommittee();
  it('sets a new manager, or none', () => {
    expect(decideManager(people, 'e1', 'cfo')).toEqual({
      kind: 'set',
      childId: 'e1',
      managerId: 'cfo',
    });
    expect(decideManager(people, 'e1', undefined)).toEqual({
      kind: 'set',
      childId: 'e1',
      managerId: undefined,
    });
  });
  it('does nothing when nothing would change', () => {
    expect(decideManager(people, 'e1', 'cto')).toEqual({ kind: 'none' });
    expect(decideManager(people, 'e1', 'e1')).toEqual({ kind: 'none' });
    expect(decideManager(people, 'ceo', undefined)).toEqual({ kind: 'none' });
    expect(decideManager(people, 'e1', 'stranger')).toEqual({ kind: 'none' });
  });
  it('refuses a loop and names who is in between', () => {
    expect(decideManager(people, 'ceo', 'e2')).toEqual({
      kind: 'refuse',
      childId: 'ceo',
      managerId: 'e2',
      through: ['cto'],
    });
    expect(decideManager(people, 'cto', 'e1')).toEqual({
      kind: 'refuse',
      childId: 'cto',
      managerId: 'e1',
      through: [],
    });
  });
});

describe('fitting text into a card', () => {
  it('keeps text that fits and shortens text that does not, within the width', () => {
    expect(fitText('Ann Lee', 150, 13)).toBe('Ann Lee');
    const long = 'Senior Vice President, Global Infrastructure and Platform Engineering';
    const fitted = fitText(long, 150, 11);
    expect(fitted.endsWith('…')).toBe(true);
    expect(textWidth(fitted, 11)).toBeLessThanOrEqual(150);
    expect(textWidth('张伟', 13)).toBeGreaterThan(textWidth('ab', 13));
    expect(textWidth('Ann', 13, true)).toBeGreaterThan(textWidth('Ann', 13));
  });
});
