/**
 * Small chips beside the names on the page, drawn in a closed shadow root over the page (the
 * page's elements are only measured, never changed). What a chip says (a tag mark, the role of
 * someone on the map) comes ready-worded from the frame or the background; the page cannot read
 * it. Only the rep's own clicks open anything.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ChipMark } from '../lib/messages/frame';

export interface PageChipsProps {
  marks: readonly ChipMark[];
  /** Where each person's name is shown on the page, by key. */
  elements: ReadonlyMap<string, Element>;
  onOpen: (key: string) => void;
}

interface Place {
  mark: ChipMark;
  left: number;
  top: number;
}

/**
 * Select the name in `element` when one text holds it ("Company secretary — Olusegun
 * Adeyemi-Hart, tel. …": the chip belongs after the name, not on the phone link); otherwise
 * its words, from its first text to its last, leaving out text with no letters (an icon's "+"
 * or "›" in a button); the whole element when it holds no words.
 */
export function selectText(range: Range, element: Element, name = ''): void {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: Node | undefined;
  let last: Node | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const at = name === '' ? -1 : text.indexOf(name);
    if (at >= 0 && text.trim() !== name) {
      range.setStart(node, at);
      range.setEnd(node, at + name.length);
      return;
    }
    if (!/\p{L}/u.test(text)) continue;
    first ??= node;
    last = node;
  }
  if (!first || !last) {
    range.selectNodeContents(element);
    return;
  }
  range.setStart(first, 0);
  range.setEnd(last, last.nodeValue?.length ?? 0);
}

/**
 * Where the line holding the name ends: the name's own end when nothing follows it on its line,
 * else the end of what follows ("Jari Jussila, OH2BU", "Matthias Iseli (links) - …"), so the
 * chip never covers words the rep may want to read.
 */
function lineEnd(name: Range, element: Element, box: DOMRect): number {
  let right = box.right;
  const words = element.ownerDocument.createRange();
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Words only: an icon or a "›" at the far end of the line is not text the chip would hide.
    const text = node.nodeValue ?? '';
    const from = node === name.endContainer ? name.endOffset : 0;
    if (!/\p{L}/u.test(text.slice(from))) continue;
    if (node !== name.endContainer && name.comparePoint(node, 0) <= 0) continue;
    words.setStart(node, from);
    words.setEnd(node, text.length);
    for (const line of words.getClientRects()) {
      const middle = line.top + line.height / 2;
      if (line.width > 0 && middle > box.top && middle < box.bottom) {
        right = Math.max(right, line.right);
      }
    }
  }
  return right;
}

/** A box in the page's viewport, in pixels. */
interface Viewport {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a document's viewport stands in the page's: the page's own at 0, 0; a frame's at its
 * frame's content box, clipped to what the rep can see. Undefined for a document not shown here.
 */
function viewportOf(doc: Document): Viewport | undefined {
  let box: Viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const frames: Element[] = [];
  for (let inner = doc; inner !== document; ) {
    const host = inner.defaultView?.frameElement;
    if (!host) return undefined;
    frames.unshift(host);
    inner = host.ownerDocument;
  }
  for (const host of frames) {
    const rect = host.getBoundingClientRect();
    const left = box.left + rect.left + host.clientLeft;
    const top = box.top + rect.top + host.clientTop;
    box = {
      left,
      top,
      right: Math.min(box.right, left + host.clientWidth),
      bottom: Math.min(box.bottom, top + host.clientHeight),
    };
  }
  return box;
}

/** Viewport positions just after each name; names the page hides or scrolls away get none. */
function places(marks: readonly ChipMark[], elements: ReadonlyMap<string, Element>): Place[] {
  const out: Place[] = [];
  const viewports = new Map<Document, Viewport | undefined>();
  for (const mark of marks) {
    const element = elements.get(mark.key);
    if (!element) continue;
    const doc = element.ownerDocument;
    if (!viewports.has(doc)) viewports.set(doc, viewportOf(doc));
    const view = viewports.get(doc);
    if (!view) continue;
    // The text's own box: a heading spans the card, its name does not; nor do icons beside it.
    const range = doc.createRange();
    selectText(range, element, mark.name);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const top = view.top + rect.top;
    const left = view.left + rect.left;
    if (top + rect.height < Math.max(0, view.top) || top > view.bottom || left > view.right) {
      continue;
    }
    out.push({
      mark,
      left: Math.min(view.left + lineEnd(range, element, rect) + 6, view.right - 28),
      top: top + rect.height / 2 - 10,
    });
  }
  return out;
}

/** The windows of the frames whose names carry chips: their scrolling moves the chips too. */
function frameWindows(elements: ReadonlyMap<string, Element>): Window[] {
  const windows = new Set<Window>();
  for (const element of elements.values()) {
    const view = element.ownerDocument.defaultView;
    if (element.ownerDocument !== document && view) windows.add(view);
  }
  return [...windows];
}

export function PageChips({ marks, elements, onOpen }: PageChipsProps) {
  const [, setFrame] = useState(0);
  useEffect(() => {
    // Follow scrolling, resizing and the page's own changes (a banner pushing the grid down,
    // an image loading), at most once a frame. The chips live in their own shadow root, so
    // redrawing them does not wake the observer again.
    let pending = 0;
    const again = () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        setFrame((frame) => frame + 1);
      });
    };
    const frames = frameWindows(elements);
    for (const view of [window, ...frames]) {
      view.addEventListener('scroll', again, { capture: true, passive: true });
    }
    window.addEventListener('resize', again, { passive: true });
    const mutations = new MutationObserver(again);
    mutations.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const sizes = new ResizeObserver(again);
    sizes.observe(document.documentElement);
    return () => {
      cancelAnimationFrame(pending);
      for (const view of [window, ...frames]) {
        view.removeEventListener('scroll', again, { capture: true });
      }
      window.removeEventListener('resize', again);
      mutations.disconnect();
      sizes.disconnect();
    };
  }, [elements]);
  return (
    <>
      {places(marks, elements).map(({ mark, left, top }) => (
        <button
          key={mark.key}
          type="button"
          class={`rc-page-chip rc-page-chip--${mark.tone}`}
          style={{ left: `${left}px`, top: `${top}px` }}
          aria-label={mark.label}
          title={mark.tooltip}
          onClick={(event) => {
            // A page can dispatch clicks, but never trusted ones.
            if (event.isTrusted) onOpen(mark.key);
          }}
        >
          {mark.text}
        </button>
      ))}
    </>
  );
}
