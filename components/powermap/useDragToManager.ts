/**
 * Dragging a card onto another card (its new manager) or onto the "no manager" strip above the
 * map. A press that barely moves is a click, which opens the person instead.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type LayoutNode, nodeAt, type Point } from '../../lib/powermap';

/** How far the pointer must travel before a press becomes a drag, in screen pixels. */
const DRAG_THRESHOLD = 5;
/** Near the top or bottom edge of the scrolling area, a drag scrolls it. */
const SCROLL_EDGE = 48;

export interface Drag {
  id: string;
  at: Point;
  /** A person's id, null for the "no manager" strip, undefined over nothing. */
  target: string | null | undefined;
}

export interface DragOptions {
  nodes: readonly LayoutNode[];
  /** Pointer position in the layout's coordinates. */
  toMap: (event: PointerEvent) => Point | undefined;
  /** The map's coordinates above this line are the "no manager" strip. */
  zoneBottom: number;
  scroller: RefObject<HTMLElement>;
  onDrop: (id: string, managerId: string | undefined) => void;
  onClick: (id: string) => void;
}

export function useDragToManager(options: DragOptions) {
  const press = useRef<{ id: string; x: number; y: number } | null>(null);
  const [drag, setDrag] = useState<Drag>();

  function targetAt(point: Point, id: string): Drag['target'] {
    if (point.y < options.zoneBottom) return null;
    return nodeAt(options.nodes, point, id)?.id;
  }

  function onNodePointerDown(event: PointerEvent, id: string) {
    if (event.button !== 0) return;
    press.current = { id, x: event.clientX, y: event.clientY };
    const surface = event.currentTarget;
    if (surface instanceof SVGElement) surface.ownerSVGElement?.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent) {
    const start = press.current;
    if (!start) return;
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y);
    if (!drag && moved < DRAG_THRESHOLD) return;
    const at = options.toMap(event);
    if (!at) return;
    setDrag({ id: start.id, at, target: targetAt(at, start.id) });
    scrollNearEdge(options.scroller.current, event.clientY);
  }

  function onPointerUp(event: PointerEvent) {
    const start = press.current;
    press.current = null;
    if (!start) return;
    if (!drag) {
      options.onClick(start.id);
      return;
    }
    setDrag(undefined);
    const at = options.toMap(event);
    const target = at ? targetAt(at, start.id) : undefined;
    if (target !== undefined) options.onDrop(start.id, target ?? undefined);
  }

  function onPointerCancel() {
    press.current = null;
    setDrag(undefined);
  }

  return { drag, onNodePointerDown, onPointerMove, onPointerUp, onPointerCancel };
}

function scrollNearEdge(scroller: HTMLElement | null, clientY: number): void {
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  if (clientY < box.top + SCROLL_EDGE) scroller.scrollBy(0, -16);
  else if (clientY > box.bottom - SCROLL_EDGE) scroller.scrollBy(0, 16);
}
