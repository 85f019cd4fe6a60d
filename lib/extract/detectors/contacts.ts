/**
 * A lone contact: one block that names a person, their post and how to reach them, with no
 * look-alike beside it to make a list or a grid ("Media inquiries: Jenna Sorrell, Director,
 * Corporate Communications, press@…"; "Корпоративный секретарь — Лыкова В. П., тел. …").
 */
import { NOT_CONTENT, readBlocks, underSuggestions } from '../layout';
import { cleanName, looksLikeName } from '../names';
import { pageIndex } from '../page-index';
import { readLoose } from '../template';
import { findEmail, isHidden } from '../text';
import { hasRoleWord } from '../titles';
import type { Candidate } from '../types';
import { peopleIn } from './lines';

export const id = 'contacts';

/** Past this many ways to reach people, the page is a directory: lists and grids read it. */
const MAX_LINKS = 40;
/** Ancestors of a link searched for the block that holds its person. */
const LEVELS = 3;
/** A contact block is short: a heading, a name, a post and the ways to reach them. */
const MAX_SEGMENTS = 8;

const NOT_A_CARD = new Set(['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TABLE', 'BODY', 'HTML', 'MAIN']);

/** The person a block names with their post, if it reads as one contact and nothing more. */
function contactIn(block: Element): Candidate | undefined {
  const reading = readBlocks(block, 600);
  if (!reading || reading.segments.length > MAX_SEGMENTS) return undefined;
  const loose = readLoose(reading.segments);
  if (loose?.title && hasRoleWord(loose.title) && looksLikeName(loose.name)) {
    return {
      name: loose.name,
      title: loose.title,
      org: loose.org,
      email: reading.mailto ? findEmail(reading.mailto) : undefined,
      element: loose.element,
      evidence: { detector: id, method: 'page-layout', confidence: 0.5 },
    };
  }
  for (const segment of reading.segments) {
    const [line, other] = peopleIn(segment.text, segment.element, reading.mailto);
    if (line && !other && line.title && hasRoleWord(line.title) && looksLikeName(line.name)) {
      return {
        name: cleanName(line.name),
        title: line.title,
        email: line.email,
        element: line.element,
        evidence: { detector: id, method: 'page-layout', confidence: 0.5 },
      };
    }
  }
  return undefined;
}

export function detect(root: ParentNode, _url: URL): Candidate[] {
  const index = pageIndex(root);
  const links = index.contactLinks;
  if (links.length === 0 || links.length > MAX_LINKS) return [];
  const out: Candidate[] = [];
  const read = new Set<Element>();
  for (const link of links) {
    let block: Element | null = link.parentElement;
    for (let level = 0; block && level < LEVELS; level++, block = block.parentElement) {
      // Tables are read by their columns (the tables detector), not as blocks of lines; and
      // the page's main regions are no contact card.
      if (read.has(block) || !index.facts.has(block) || NOT_A_CARD.has(block.tagName)) break;
      if (block.querySelector('table')) break;
      read.add(block);
      const found = contactIn(block);
      if (!found) continue;
      if (!block.closest(NOT_CONTENT) && !underSuggestions(block) && !isHidden(block))
        out.push(found);
      break;
    }
  }
  return out;
}
