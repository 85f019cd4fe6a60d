/**
 * Where every card, reporting line and empty role slot of the power map goes.
 *
 * Readability from 5 to 80 people comes from three rules, applied in this order:
 * - a manager whose reports have no reports of their own (and there are `stackLeaves` or more)
 *   shows them as an indented column, two columns past `stackRows`: leaf teams are the widest
 *   part of an org chart, and a column keeps them narrow;
 * - teams side by side that would pass `wrapWidth` wrap into further rows, fed by a line down
 *   the left; so do separate trees and people whose manager is not on the map;
 * - roles nobody holds come first, as dashed slots above the people, so gaps are seen first.
 * Everyone else sits centred over their reports, like a classic tidy tree.
 */
import type { DecisionRole } from '../model';
import { type Block, measureBlocks, packRows, type Spacing } from './blocks';
import { buildForest, type MapPerson } from './forest';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0 for people with no manager on the map. */
  depth: number;
}

export interface LayoutEdge {
  /** The manager. */
  from: string;
  /** The report. */
  to: string;
  /** An orthogonal polyline from the manager's card to the report's. */
  points: Point[];
}

export interface LayoutSlot {
  role: DecisionRole;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PowerMapLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  slots: LayoutSlot[];
  width: number;
  height: number;
  /** People whose reporting line was ignored because it closed a cycle. */
  cycleBreaks: string[];
}

export interface LayoutOptions extends Partial<Spacing> {
  /** Roles nobody holds: one dashed slot each. */
  missingRoles?: readonly DecisionRole[];
  /** Empty border around the picture. */
  margin?: number;
  /** Room above the slots for their caption. */
  captionHeight?: number;
}

export const DEFAULT_SPACING: Spacing = {
  nodeWidth: 184,
  nodeHeight: 72,
  gapX: 24,
  gapY: 44,
  stackGap: 10,
  indent: 32,
  wrapWidth: 1440,
  stackLeaves: 3,
  stackRows: 8,
};

export function layoutPowerMap(
  people: readonly MapPerson[],
  options: LayoutOptions = {},
): PowerMapLayout {
  const s = spacing(options);
  const margin = options.margin ?? 24;
  const caption = options.captionHeight ?? 22;
  const slotRow = placeSlots(options.missingRoles ?? [], s, margin, margin + caption);
  const top = slotRow.slots.length > 0 ? slotRow.bottom + s.gapY : margin;

  const forest = buildForest(people);
  const blocks = measureBlocks(forest, s);
  const trees = packRows(
    forest.roots.map((id) => ({ id, ...size(blocks.get(id)) })),
    Math.max(s.wrapWidth, slotRow.width),
    s.gapX,
  );
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  let y = top;
  for (const row of trees.rows) {
    for (const item of row.items) placeTree(item.id, margin + item.x, y, blocks, s, nodes, edges);
    y += row.height + s.gapY;
  }
  const peopleBottom = trees.rows.length > 0 ? y - s.gapY : top - s.gapY;
  return {
    nodes,
    edges,
    slots: slotRow.slots,
    width: Math.max(trees.width, slotRow.width, s.nodeWidth) + 2 * margin,
    height: Math.max(peopleBottom, slotRow.bottom) + margin,
    cycleBreaks: [...forest.cycleBreaks],
  };
}

function spacing(o: LayoutOptions): Spacing {
  const d = DEFAULT_SPACING;
  return {
    nodeWidth: o.nodeWidth ?? d.nodeWidth,
    nodeHeight: o.nodeHeight ?? d.nodeHeight,
    gapX: o.gapX ?? d.gapX,
    gapY: o.gapY ?? d.gapY,
    stackGap: o.stackGap ?? d.stackGap,
    indent: o.indent ?? d.indent,
    wrapWidth: o.wrapWidth ?? d.wrapWidth,
    stackLeaves: o.stackLeaves ?? d.stackLeaves,
    stackRows: o.stackRows ?? d.stackRows,
  };
}

function size(block: Block | undefined): { width: number; height: number } {
  return { width: block?.width ?? 0, height: block?.height ?? 0 };
}

function placeSlots(roles: readonly DecisionRole[], s: Spacing, left: number, top: number) {
  const packed = packRows(
    roles.map((role) => ({ id: role, width: s.nodeWidth, height: s.nodeHeight })),
    s.wrapWidth,
    s.gapX,
  );
  const slots: LayoutSlot[] = [];
  let y = top;
  for (const row of packed.rows) {
    for (const item of row.items) {
      const role = roles.find((r) => r === item.id);
      if (role) slots.push({ role, x: left + item.x, y, width: s.nodeWidth, height: s.nodeHeight });
    }
    y += row.height + s.gapX;
  }
  return { slots, width: packed.width, bottom: y - s.gapX };
}

/** Places one tree top-down with an explicit stack, emitting cards and lines as it goes. */
function placeTree(
  root: string,
  x: number,
  y: number,
  blocks: ReadonlyMap<string, Block>,
  s: Spacing,
  nodes: LayoutNode[],
  edges: LayoutEdge[],
): void {
  const todo = [{ id: root, bx: x, by: y, depth: 0 }];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const { id, bx, by, depth } = next;
    const block = blocks.get(id);
    if (!block) continue;
    const px = bx + block.anchor;
    nodes.push({ id, x: px, y: by, width: s.nodeWidth, height: s.nodeHeight, depth });
    // Pushed last-first so the stack hands them back left to right: cards come out in reading
    // order, which is also the keyboard's tab order.
    for (const kid of [...block.kids].reverse()) {
      const kidBlock = blocks.get(kid.id);
      const kx = bx + kid.dx + (kidBlock?.anchor ?? 0);
      const ky = by + kid.dy;
      edges.push({
        from: id,
        to: kid.id,
        points: tidy(line(block, kid, { x: px, y: by }, { x: kx, y: ky }, bx, s)),
      });
      todo.push({ id: kid.id, bx: bx + kid.dx, by: ky, depth: depth + 1 });
    }
  }
}

/** The reporting line from a manager's card (`from`, top-left) to a report's card (`to`). */
function line(
  block: Block,
  kid: Block['kids'][number],
  from: Point,
  to: Point,
  bx: number,
  s: Spacing,
) {
  const w = s.nodeWidth;
  const h = s.nodeHeight;
  const bottom = from.y + h;
  const middle = to.y + h / 2;
  switch (block.kind) {
    case 'column': {
      const trunk = bx + s.indent / 2;
      return [p(trunk, bottom), p(trunk, middle), p(to.x, middle)];
    }
    case 'two-columns': {
      const trunk = from.x + w / 2;
      const edge = kid.lane === 0 ? to.x + w : to.x;
      return [p(trunk, bottom), p(trunk, middle), p(edge, middle)];
    }
    default: {
      const centre = from.x + w / 2;
      const target = to.x + w / 2;
      const bus = bottom + s.gapY / 2;
      if (kid.lane === 0)
        return [p(centre, bottom), p(centre, bus), p(target, bus), p(target, to.y)];
      const trunk = bx + s.indent / 2;
      const rowBus = to.y - s.gapY / 2;
      return [
        p(centre, bottom),
        p(centre, bus),
        p(trunk, bus),
        p(trunk, rowBus),
        p(target, rowBus),
        p(target, to.y),
      ];
    }
  }
}

function p(x: number, y: number): Point {
  return { x, y };
}

/** Drops repeated points, so a straight line is drawn as a straight line. */
function tidy(points: Point[]): Point[] {
  return points.filter((pt, i) => {
    const prev = points[i - 1];
    return !prev || prev.x !== pt.x || prev.y !== pt.y;
  });
}
