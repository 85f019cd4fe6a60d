/**
 * Names after a label that names their office, as an imprint (Impressum) or a contact block
 * writes them: "Geschäftsführer: Dr. Hans Beispiel, Petra Muster", "CEO: Jane Doe", or the
 * label on one line and the names on the next lines.
 */
import { NOT_CONTENT, readBlocks } from '../layout';
import { cleanName, isDegree, looksLikeName } from '../names';
import { outOfTime, pageIndex } from '../page-index';
import { hasRoleWord } from '../titles';
import { normalizeTitle, word } from '../titles/patterns';
import type { Candidate } from '../types';

export const id = 'labels';

const LABEL = /^([^:：]{2,80}?)\s*[:：]\s*(.*)$/u;
/** Labels of bylines and contact lines: a role word there does not make the names a team. */
const NOT_A_TEAM = word(
  'author\\p{L}*|autor\\p{L}*|editor\\p{L}*|redakt\\p{L}*|photo\\p{L}*|foto\\p{L}*|credits?|source|quelle|by|von|contact|kontakt|kontak|tel|telefon|phone|fax|e-mail|email|автор\\p{L}*|фото|редактор\\p{L}*|контакт\\p{L}*|penulis|kirjoittaja|toimittaja|kuva|yhteys\\p{L}*|作者|编辑|来源|摄影|联系',
);
const LIST = /\s*(?:[,;、，]|\s(?:und|and|и|dan|ja|et|y)\s)\s*/u;

/** A label naming an office ("Vorstand", "Managing Directors"), not a byline or a contact line. */
function namesAnOfficeHolder(label: string): boolean {
  const normalized = normalizeTitle(label);
  if (NOT_A_TEAM.test(normalized)) return false;
  // English labels name the office in the plural: "Directors", "Managing Partners".
  return hasRoleWord(normalized) || hasRoleWord(normalized.replace(/(?<=\p{L}{3})s\b/gu, ''));
}

/** The office in a label: "Vertreten durch die Geschäftsführer" → "Geschäftsführer". */
function officeOf(label: string): string {
  const words = label.trim().split(/\s+/u);
  if (words.every((w) => w === w.toLowerCase())) return label.trim();
  let cut = 0;
  words.forEach((w, i) => {
    if (w === w.toLowerCase() && /\p{L}/u.test(w) && !hasRoleWord(w)) cut = i + 1;
  });
  // "Leiterin der Geschäftsstelle": the words before the cut name the office themselves.
  if (cut > 0 && hasRoleWord(words.slice(0, cut).join(' '))) return label.trim();
  return words.slice(cut).join(' ') || label.trim();
}

function namesIn(text: string): string[] | undefined {
  const parts: string[] = [];
  for (const part of text.split(LIST)) {
    const piece = part.trim();
    if (piece === '') continue;
    // "Ir. Bambang Sulistyo, M.T. dan Dra. Endang Purwaningsih, M.Pd.": degrees stay with their name.
    const previous = parts.length - 1;
    if (isDegree(piece) && previous >= 0) parts[previous] = `${parts[previous]}, ${piece}`;
    else parts.push(piece);
  }
  return parts.length > 0 && parts.every((part) => looksLikeName(part)) ? parts : undefined;
}

/** Longest block read: a blog post's body may hold a whole organisation chart as lines. */
const MAX_BLOCK = 10_000;

/** "1. ", "2) ", "a) ", "– ": how lists under a label number their lines. */
const ENUMERATOR = /^(?:\d{1,2}[.)]|[a-z][.)]|[-–•·])\s+/u;

function readLabelled(block: Element): Candidate[] {
  const reading = readBlocks(block, MAX_BLOCK);
  if (!reading) return [];
  const out: Candidate[] = [];
  const { segments } = reading;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const match = segment ? LABEL.exec(segment.text) : null;
    if (!segment || !match?.[1] || !namesAnOfficeHolder(match[1])) continue;
    const title = officeOf(match[1]);
    const found: Array<[string, Element]> = [];
    const inline = match[2] ? namesIn(match[2]) : undefined;
    if (match[2] && !inline) continue;
    for (const name of inline ?? []) found.push([name, segment.element]);
    // The names may follow on lines of their own until the next label.
    for (let j = i + 1; !inline && j < segments.length; j++) {
      const next = segments[j];
      const line = next?.text.replace(ENUMERATOR, '');
      if (!next || !line || line.includes(':') || !looksLikeName(line)) break;
      found.push([line, next.element]);
    }
    for (const [name, element] of found) {
      out.push({
        name: cleanName(name),
        title,
        element,
        evidence: { detector: id, method: 'page-layout', confidence: 0.5 },
      });
    }
  }
  return out;
}

export function detect(root: ParentNode, _url: URL): Candidate[] {
  const index = pageIndex(root);
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  for (const block of [...index.lines, ...index.broken]) {
    if (seen.has(block) || outOfTime()) continue;
    seen.add(block);
    // Cheap test first: most blocks hold no label at all.
    const text = block.textContent ?? '';
    if (text.length > MAX_BLOCK || !/[:：]/u.test(text)) continue;
    const found = readLabelled(block);
    if (found.length > 0 && !block.closest(NOT_CONTENT)) out.push(...found);
  }
  return out;
}
