import { describe, expect, it } from 'vitest';
import {
  buildForest,
  type LayoutNode,
  layoutPowerMap,
  type MapPerson,
  type PowerMapLayout,
  wouldCreateCycle,
} from '../../lib/powermap';
import { largeCommittee, smallCommittee } from './people';

function byId(layout: PowerMapLayout): Map<string, LayoutNode> {
  return new Map(layout.nodes.map((n) => [n.id, n]));
}

function get(nodes: Map<string, LayoutNode>, id: string): LayoutNode {
  const node = nodes.get(id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

const centre = (n: LayoutNode) => n.x + n.width / 2;

type Box = { x: number; y: number; width: number; height: number };
function overlapping(boxes: readonly Box[]): [Box, Box][] {
  const hits: [Box, Box][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      if (!apart) hits.push([a, b]);
    }
  });
  return hits;
}

describe('the power map layout', () => {
  it('centres managers over their reports and puts each level on one line', () => {
    const layout = layoutPowerMap(smallCommittee());
    const n = byId(layout);
    const [ceo, cfo, cto, e1, e2] = ['ceo', 'cfo', 'cto', 'e1', 'e2'].map((id) => get(n, id));
    if (!ceo || !cfo || !cto || !e1 || !e2) throw new Error('missing node');

    expect([ceo.depth, cfo.depth, cto.depth, e1.depth, e2.depth]).toEqual([0, 1, 1, 2, 2]);
    expect(cfo.y).toBe(cto.y);
    expect(e1.y).toBe(e2.y);
    expect(cfo.y).toBeGreaterThan(ceo.y + ceo.height);
    expect(e1.y).toBeGreaterThan(cto.y + cto.height);
    expect(centre(cto)).toBe((centre(e1) + centre(e2)) / 2);
    expect(centre(ceo)).toBe((centre(cfo) + centre(cto)) / 2);
    // Reports keep the order they were given in.
    expect(cfo.x).toBeLessThan(cto.x);
    expect(e1.x).toBeLessThan(e2.x);
    expect(overlapping(layout.nodes)).toEqual([]);
    expect(Math.max(...layout.nodes.map((x) => x.x + x.width))).toBeLessThanOrEqual(layout.width);
    expect(Math.max(...layout.nodes.map((x) => x.y + x.height))).toBeLessThanOrEqual(layout.height);
  });

  it('draws one reporting line per manager, from the manager down to the report', () => {
    const layout = layoutPowerMap(smallCommittee());
    const n = byId(layout);
    expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual([
      'ceo>cfo',
      'ceo>cto',
      'cto>e1',
      'cto>e2',
    ]);
    for (const edge of layout.edges) {
      const from = get(n, edge.from);
      const to = get(n, edge.to);
      const first = edge.points[0];
      const last = edge.points.at(-1);
      expect(first).toEqual({ x: centre(from), y: from.y + from.height });
      expect(last).toEqual({ x: centre(to), y: to.y });
    }
  });

  it('gives the same picture for the same data', () => {
    expect(layoutPowerMap(smallCommittee())).toEqual(layoutPowerMap(smallCommittee()));
  });

  it('puts people whose manager is unknown or not on the map side by side as roots', () => {
    const people: MapPerson[] = [
      { id: 'a' },
      { id: 'b', reportsToId: 'left-the-company' },
      { id: 'c' },
    ];
    const layout = layoutPowerMap(people);
    expect(layout.nodes.map((x) => x.depth)).toEqual([0, 0, 0]);
    expect(new Set(layout.nodes.map((x) => x.y)).size).toBe(1);
    expect(layout.edges).toEqual([]);
    expect(overlapping(layout.nodes)).toEqual([]);
  });

  it('breaks reporting cycles at the same person whatever the input order', () => {
    const people: MapPerson[] = [
      { id: 'b', reportsToId: 'c' },
      { id: 'c', reportsToId: 'a' },
      { id: 'a', reportsToId: 'b' },
      { id: 'self', reportsToId: 'self' },
    ];
    const layout = layoutPowerMap(people);
    expect(layout.cycleBreaks).toEqual(['a']);
    expect(layout.nodes).toHaveLength(4);
    const n = byId(layout);
    expect(get(n, 'a').depth).toBe(0);
    expect(get(n, 'c').depth).toBe(1);
    expect(get(n, 'b').depth).toBe(2);
    expect(get(n, 'self').depth).toBe(0);
    expect(buildForest([...people].reverse()).cycleBreaks).toEqual(['a']);
  });

  it('copes with a 10,000-long chain without recursion', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      reportsToId: i > 0 ? `n${i - 1}` : undefined,
    }));
    const layout = layoutPowerMap(chain);
    expect(layout.nodes).toHaveLength(10_000);
    expect(layout.nodes.at(-1)?.depth).toBe(9_999);
  });

  it('keeps 80 people apart and within a readable width', () => {
    const people = largeCommittee();
    const layout = layoutPowerMap(people, { missingRoles: ['procurement'] });
    expect(layout.nodes).toHaveLength(80);
    expect(overlapping([...layout.nodes, ...layout.slots])).toEqual([]);
    expect(layout.width).toBeLessThanOrEqual(1440 + 2 * 24 + 32);
    // Roughly a page wide and a few screens tall, not a ribbon.
    expect(layout.width / layout.height).toBeGreaterThan(0.4);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('wraps 80 people without known managers into a grid', () => {
    const people = Array.from({ length: 80 }, (_, i) => ({ id: `p${i}` }));
    const layout = layoutPowerMap(people);
    expect(overlapping(layout.nodes)).toEqual([]);
    expect(new Set(layout.nodes.map((x) => x.y)).size).toBeGreaterThan(5);
    expect(layout.width).toBeLessThanOrEqual(1440 + 48);
  });

  it('shows a dashed slot above the people for each role nobody holds', () => {
    const layout = layoutPowerMap(smallCommittee(), {
      missingRoles: ['budget-holder', 'procurement'],
    });
    expect(layout.slots.map((s) => s.role)).toEqual(['budget-holder', 'procurement']);
    const lowestSlot = Math.max(...layout.slots.map((s) => s.y + s.height));
    expect(Math.min(...layout.nodes.map((x) => x.y))).toBeGreaterThan(lowestSlot);
    expect(overlapping([...layout.nodes, ...layout.slots])).toEqual([]);
  });

  it('shows only slots for an empty map', () => {
    const layout = layoutPowerMap([], { missingRoles: ['economic-buyer'] });
    expect(layout.nodes).toEqual([]);
    expect(layout.slots).toHaveLength(1);
    expect(layout.height).toBeGreaterThan(0);
  });
});

describe('refusing a manager that would make a cycle', () => {
  const people = smallCommittee();
  it('refuses someone as their own manager, or under someone who reports to them', () => {
    expect(wouldCreateCycle(people, 'cto', 'cto')).toBe(true);
    expect(wouldCreateCycle(people, 'ceo', 'e1')).toBe(true);
    expect(wouldCreateCycle(people, 'cto', 'e2')).toBe(true);
  });
  it('allows moves that keep the lines a tree', () => {
    expect(wouldCreateCycle(people, 'e1', 'cfo')).toBe(false);
    expect(wouldCreateCycle(people, 'cfo', 'e1')).toBe(false);
  });
  it('ends on cycles already in the data', () => {
    const loop: MapPerson[] = [
      { id: 'a', reportsToId: 'b' },
      { id: 'b', reportsToId: 'a' },
      { id: 'c' },
    ];
    expect(wouldCreateCycle(loop, 'c', 'a')).toBe(false);
  });
});
