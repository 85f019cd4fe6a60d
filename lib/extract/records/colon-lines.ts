/**
 * Records written as one line each, a post and a name on either side of a colon:
 * "Lurah : Waryono, S.IP", "Dekan : Dr.Agus Wibowo, ST, MT", "Treasurer: Joe Cunniff". A
 * block's own lines are read (split at <br>), so one cell, one <strong> or one paragraph of
 * <br>-separated lines each give their records; lines of one template across the page form
 * the group that speaks for them.
 */
import { contentOf, type PageIndex, signatureIn } from '../page-index';
import { squash, textOf } from '../text';
import { readName, readPost } from './evidence';

export interface ColonLine {
  name: string;
  nameScore: number;
  post: string;
  /**
   * How much the post side reads as a post: 0 for a label the lexicon does not know
   * ("Mitgliederverwaltung: Jana Roth"), which only its group's other lines can vouch for.
   */
  postScore: number;
  element: Element;
  /** Lines read the same way under the same kind of element belong together. */
  group: string;
}

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'FONT', 'U', 'MARK']);
/** A label of more words than this before a colon is a sentence, not a post. */
const LABEL_WORDS = 3;
const COLON = /^([^:：]{2,80}?)\s*[:：]\s*([^:：]{2,80})$/u;

/** An element's own lines: its text and inline children, cut at <br>; blocks are their own. */
function ownLines(el: Element): string[] {
  const lines: string[] = [];
  let line = '';
  for (const node of contentOf(el)) {
    if (typeof node === 'string') line += node;
    else if (node.tagName === 'BR') {
      lines.push(line);
      line = '';
    } else if (INLINE.has(node.tagName)) line += textOf(node, 200);
    else {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.flatMap(pairs).filter((text) => text.includes(':') || text.includes('：'));
}

/** "董事长：李显玉、总经理：杜峥": several pairs in one line, parted at the list marks between. */
function pairs(line: string): string[] {
  const text = squash(line);
  if ((text.match(/[:：]/gu) ?? []).length < 2) return [text];
  return text.split(/\s*[、;；，]\s*/u);
}

/** "Post : Name" or "Name : Post", whichever way the two sides read; undefined for neither. */
function split(text: string): Omit<ColonLine, 'element' | 'group'> & { postFirst: boolean } {
  const match = COLON.exec(text);
  const left = match?.[1] ?? '';
  const right = match?.[2] ?? '';
  const none = { name: '', nameScore: 0, post: '', postScore: 0, postFirst: true };
  if (!match) return none;
  const post = readPost(left);
  const name = readName(right);
  if (post.score >= 0.6 && name.score > 0) {
    return {
      name: name.name,
      nameScore: name.score,
      post: post.post,
      postScore: post.score,
      postFirst: true,
    };
  }
  const nameFirst = readName(left);
  const postAfter = readPost(right);
  if (nameFirst.score >= 0.7 && postAfter.score >= 0.6) {
    return {
      name: nameFirst.name,
      nameScore: nameFirst.score,
      post: postAfter.post,
      postScore: postAfter.score,
      postFirst: false,
    };
  }
  // A short label before a name the lists know: a post the lexicon lacks, if its group agrees.
  if (name.score >= 0.7 && left.split(' ').length <= LABEL_WORDS && !/\d/u.test(left)) {
    return { name: name.name, nameScore: name.score, post: left, postScore: 0, postFirst: true };
  }
  return none;
}

export function colonLinesOf(index: PageIndex, el: Element): ColonLine[] {
  const out: ColonLine[] = [];
  for (const text of ownLines(el)) {
    const { postFirst, ...line } = split(text);
    if (line.nameScore === 0) continue;
    out.push({ ...line, element: el, group: `${signatureIn(index, el)}|${postFirst}` });
  }
  return out;
}
