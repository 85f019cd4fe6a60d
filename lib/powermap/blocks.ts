/**
 * The bounding box each person's team needs, measured from the bottom up. Box-based rather than
 * contour-based (Reingold–Tilford): slightly less compact, but simple, linear and overlap-free.
 */
import type { Forest } from './forest';

export interface Spacing {
  nodeWidth: number;
  nodeHeight: number;
  /** Between sibling teams side by side. */
  gapX: number;
  /** Between a manager and their row of reports. */
  gapY: number;
  /** Between cards stacked in a column. */
  stackGap: number;
  /** Room left of a column or of wrapped rows for the line that feeds them. */
  indent: number;
  /** Teams side by side wrap into another row past this width. */
  wrapWidth: number;
  /** A manager with at least this many reports, none of whom has reports, shows them as a column. */
  stackLeaves: number;
  /** A column longer than this splits in two, fed from a line between them. */
  stackRows: number;
}

/** Where a report's team sits inside the manager's box, and how its line is drawn. */
export interface Placed {
  id: string;
  dx: number;
  dy: number;
  /** Which wrapped row (0 for the first) or, in a column layout, which column. */
  lane: number;
}

export interface Block {
  width: number;
  height: number;
  /** x of the person's own card inside the box. */
  anchor: number;
  kind: 'alone' | 'row' | 'column' | 'two-columns';
  kids: Placed[];
}

/** Measures every team; children are measured before their manager, without recursion. */
export function measureBlocks(forest: Forest, s: Spacing): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const id of bottomUp(forest)) {
    const kids = forest.children.get(id) ?? [];
    const kidBlocks = kids.map((kid) => ({ id: kid, block: blocks.get(kid) ?? alone(s) }));
    blocks.set(id, measure(kidBlocks, forest, s));
  }
  return blocks;
}

/** Every person after all the people below them. */
function bottomUp(forest: Forest): string[] {
  const order: string[] = [];
  const todo = [...forest.roots];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    order.push(next);
    todo.push(...(forest.children.get(next) ?? []));
  }
  return order.reverse();
}

function alone(s: Spacing): Block {
  return { width: s.nodeWidth, height: s.nodeHeight, anchor: 0, kind: 'alone', kids: [] };
}

function measure(kids: { id: string; block: Block }[], forest: Forest, s: Spacing): Block {
  if (kids.length === 0) return alone(s);
  const allAlone = kids.every((k) => !forest.children.has(k.id));
  if (allAlone && kids.length >= s.stackLeaves) {
    return kids.length > s.stackRows ? twoColumns(kids, s) : column(kids, s);
  }
  return rows(kids, s);
}

function column(kids: { id: string }[], s: Spacing): Block {
  const top = s.nodeHeight + s.gapY / 2;
  const step = s.nodeHeight + s.stackGap;
  const placed = kids.map((k, i) => ({ id: k.id, dx: s.indent, dy: top + i * step, lane: 0 }));
  return {
    width: s.indent + s.nodeWidth,
    height: top + kids.length * step - s.stackGap,
    anchor: 0,
    kind: 'column',
    kids: placed,
  };
}

/** Two columns read top to bottom, left column first; the manager sits over the line between them. */
function twoColumns(kids: { id: string }[], s: Spacing): Block {
  const perColumn = Math.ceil(kids.length / 2);
  const between = 2 * s.gapX;
  const top = s.nodeHeight + s.gapY / 2;
  const step = s.nodeHeight + s.stackGap;
  const placed = kids.map((k, i) => {
    const lane = i < perColumn ? 0 : 1;
    const r = i - lane * perColumn;
    return { id: k.id, dx: lane * (s.nodeWidth + between), dy: top + r * step, lane };
  });
  return {
    width: 2 * s.nodeWidth + between,
    height: top + perColumn * step - s.stackGap,
    anchor: (s.nodeWidth + between) / 2,
    kind: 'two-columns',
    kids: placed,
  };
}

/** Teams side by side, wrapping into further rows (indented, fed from the left) when too wide. */
function rows(kids: { id: string; block: Block }[], s: Spacing): Block {
  const packed = packRows(
    kids.map((k) => ({ id: k.id, width: k.block.width, height: k.block.height })),
    s.wrapWidth,
    s.gapX,
  );
  const offset = packed.rows.length > 1 ? s.indent : 0;
  const placed: Placed[] = [];
  let top = s.nodeHeight + s.gapY;
  packed.rows.forEach((row, lane) => {
    for (const item of row.items) placed.push({ id: item.id, dx: offset + item.x, dy: top, lane });
    top += row.height + s.gapY;
  });
  const anchorOf = new Map(kids.map((k) => [k.id, k.block.anchor]));
  const firstRow = placed.filter((p) => p.lane === 0);
  const centre = (p: Placed | undefined) =>
    p ? p.dx + (anchorOf.get(p.id) ?? 0) + s.nodeWidth / 2 : s.nodeWidth / 2;
  const middle = (centre(firstRow[0]) + centre(firstRow.at(-1))) / 2;
  return {
    width: offset + packed.width,
    height: top - s.gapY,
    anchor: middle - s.nodeWidth / 2,
    kind: 'row',
    kids: placed,
  };
}

export interface Packed {
  rows: { items: { id: string; x: number }[]; height: number }[];
  width: number;
}

/** Greedy shelf packing: left to right, a new row when the next box would pass `maxWidth`. */
export function packRows(
  boxes: readonly { id: string; width: number; height: number }[],
  maxWidth: number,
  gap: number,
): Packed {
  const out: Packed['rows'] = [];
  let width = 0;
  let x = 0;
  for (const box of boxes) {
    let row = out.at(-1);
    if (!row || (row.items.length > 0 && x + box.width > maxWidth)) {
      row = { items: [], height: 0 };
      out.push(row);
      x = 0;
    }
    row.items.push({ id: box.id, x });
    row.height = Math.max(row.height, box.height);
    width = Math.max(width, x + box.width);
    x += box.width + gap;
  }
  return { rows: out, width };
}
