/**
 * Cards drawn inside the layout's slots: sized by influence (a smaller card for less influence,
 * centred in its slot), reporting lines trimmed to the card's edge, and which card is under a
 * point, for dropping one person onto another.
 */
import type { Influence } from '../model';
import type { LayoutEdge, LayoutNode, Point } from './layout';

/** Share of the slot a card fills: influence reads as size at a glance. */
export const INFLUENCE_SCALE: Readonly<Record<Influence, number>> = {
  high: 1,
  medium: 0.92,
  low: 0.84,
  unknown: 0.84,
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card's box inside its slot, centred. */
export function cardBox(node: Box, scale: number): Box {
  const width = node.width * scale;
  const height = node.height * scale;
  return {
    x: node.x + (node.width - width) / 2,
    y: node.y + (node.height - height) / 2,
    width,
    height,
  };
}

/**
 * The reporting line ending on the cards rather than on their slots. Lines are orthogonal,
 * so moving an end along its own segment keeps every segment straight.
 */
export function fitEdge(
  edge: LayoutEdge,
  from: { slot: Box; card: Box },
  to: { slot: Box; card: Box },
): Point[] {
  const points = edge.points.map((p) => ({ ...p }));
  const first = points[0];
  const last = points.at(-1);
  if (first && first.y === from.slot.y + from.slot.height) first.y = from.card.y + from.card.height;
  if (last) {
    if (last.y === to.slot.y) last.y = to.card.y;
    else if (last.x === to.slot.x) last.x = to.card.x;
    else if (last.x === to.slot.x + to.slot.width) last.x = to.card.x + to.card.width;
  }
  return points;
}

/** The person whose slot holds `point`, other than `except` (the one being dragged). */
export function nodeAt(
  nodes: readonly LayoutNode[],
  point: Point,
  except?: string,
): LayoutNode | undefined {
  return nodes.find(
    (n) =>
      n.id !== except &&
      point.x >= n.x &&
      point.x <= n.x + n.width &&
      point.y >= n.y &&
      point.y <= n.y + n.height,
  );
}
