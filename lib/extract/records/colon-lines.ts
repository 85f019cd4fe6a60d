/**
 * Records written as one line each, a post and a name on either side of a colon:
 * "Lurah : Waryono, S.IP", "Dekan : Dr.Agus Wibowo, ST, MT", "Treasurer: Joe Cunniff". A
 * block's own lines are read (split at <br>), so one cell, one <strong> or one paragraph of
 * <br>-separated lines each give their records; lines of one template across the page form
 * the group that speaks for them.
 */
import { CREDIT_LABELS, REPRESENTATIVES } from '../../lexicon';
import { namesInList, nameWithPost, postBeforeName } from '../names';
import { contentOf, type PageIndex, signatureIn } from '../page-index';
import { squash, textOf } from '../text';
import { readName, readPost } from './evidence';
import { CONTACT_HREF } from './fields';

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
  /** Named by a label that says who acts for the organisation: a person on its own. */
  representative?: true;
}

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'FONT', 'U', 'MARK']);
/** A label of more words than this before a colon is a sentence, not a post. */
const LABEL_WORDS = 3;
const COLON = /^([^:：]{2,80}?)\s*[:：]\s*([^:：]{2,80})$/u;

/**
 * An element's own lines: its text and inline children, cut at <br>; blocks are their own, and
 * a mail or phone link ends its line. A label alone on its line ("Vertreten durch:") takes the
 * line after it when that line lists people.
 */
function ownLines(el: Element): string[] {
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const node of contentOf(el)) {
    if (typeof node === 'string') {
      if (!cut) line += node;
    } else if (node.tagName === 'BR' || !INLINE.has(node.tagName)) {
      lines.push(line);
      line = '';
      cut = false;
    } else if (CONTACT_HREF.test(node.getAttribute('href') ?? '')) {
      // "<a href=mailto:…>Sähköposti</a>" after a name is a way to reach them, not their name.
      cut = true;
    } else if (!cut) line += textOf(node, 200);
  }
  lines.push(line);
  const joined: string[] = [];
  for (const text of lines.map(squash)) {
    const last = joined.at(-1);
    if (last !== undefined && LABEL_ALONE.test(last) && joinsLabel(last, text)) {
      joined[joined.length - 1] = `${last} ${text}`;
    } else joined.push(text);
  }
  return joined.flatMap(pairs).filter((text) => text.includes(':') || text.includes('：'));
}

const LABEL_ALONE = /^[^:：]{2,40}[:：]$/u;

/** The line after a label alone is its value when it lists people, or names who acts for it. */
function joinsLabel(label: string, line: string): boolean {
  if (line === '' || /[:：]/u.test(line)) return false;
  return namesInList(line) !== undefined || REPRESENTED.test(label.slice(0, -1).trim());
}

/** "董事长：李显玉、总经理：杜峥": several pairs in one line, parted at the list marks between. */
function pairs(line: string): string[] {
  const text = squash(line);
  if ((text.match(/[:：]/gu) ?? []).length < 2) return [text];
  return text.split(/\s*[、;；，]\s*/u);
}

const isShortLabel = (label: string) =>
  label.split(' ').length <= LABEL_WORDS && !/\d/u.test(label);

type Split = Omit<ColonLine, 'element' | 'group'> & { postFirst: boolean };

const REPRESENTED = new RegExp(`^(?:${REPRESENTATIVES.join('|')})$`, 'iu');
/** "Fotos: …", "Luftbilder: …": who took the pictures is no one on the team. */
const CREDIT = new RegExp(`^(?:${CREDIT_LABELS.join('|')})\\s*[:：]`, 'iu');

/**
 * "Geschäftsführer: Anna Berg, Tom Hill", "Vertreten durch: …": each name of a list after a post,
 * or after a label that says who acts for the organisation (no post of its own), is a line.
 */
function splitList(text: string): Split[] {
  const match = COLON.exec(text);
  if (match?.[1] && match[2] && REPRESENTED.test(squash(match[1]))) {
    return representatives(match[2]);
  }
  const names = match?.[2] ? namesInList(match[2]) : undefined;
  if (!match?.[1] || !names) return [split(text)];
  const label = squash(match[1]);
  const read = names.map((name) => readName(name));
  let post = readPost(label);
  // A short label over a list of whole names, one at least the lists know ("Jäsenet: …",
  // "Members: …"), is vouched for by the list itself: a post the lexicon lacks, or a group.
  const listed = read.every((r) => r.score >= 0.7) && read.some((r) => r.score === 1);
  if (post.score < 0.6 && listed && isShortLabel(label)) {
    post = { post: label, score: 0.6 };
  }
  if (post.score < 0.6) return [];
  return read.map(({ name, score }) => ({
    name,
    nameScore: score,
    post: post.post,
    postScore: post.score,
    postFirst: true,
  }));
}

/**
 * Who acts for the organisation, after "Vertreten durch:": one name or several, each perhaps
 * with its post in brackets or before it ("Bastian Ebhardt (Geschäftsführer)",
 * "Geschäftsführerin Dr. Anna Berg").
 */
function representatives(text: string): Split[] {
  return (namesInList(text) ?? [text]).flatMap((part): Split[] => {
    const held = nameWithPost(part) ?? postBeforeName(part);
    const { name, score } = readName(held?.name ?? part);
    if (score < 0.7) return [];
    const post = held?.post ?? '';
    return [{ name, nameScore: score, post, postScore: 1, postFirst: true, representative: true }];
  });
}

/** "Post : Name" or "Name : Post", whichever way the two sides read; undefined for neither. */
function split(text: string): Split {
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
  if (name.score >= 0.7 && isShortLabel(left)) {
    return { name: name.name, nameScore: name.score, post: left, postScore: 0, postFirst: true };
  }
  return none;
}

export function colonLinesOf(index: PageIndex, el: Element): ColonLine[] {
  const out: ColonLine[] = [];
  for (const text of ownLines(el)) {
    if (CREDIT.test(text)) continue;
    for (const { postFirst, ...line } of splitList(text)) {
      if (line.nameScore === 0) continue;
      out.push({ ...line, element: el, group: `${signatureIn(index, el)}|${postFirst}` });
    }
  }
  return out;
}
