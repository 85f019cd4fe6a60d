/** Learning where a group of look-alike cards keeps the name and the title, then reading each card by it. */
import { blockOf, type CardReading, type Segment } from './layout';
import { cleanName, looksLikeName, nameAndEmployer, nameWithPost, plausibleName } from './names';
import { looksLikeTitle, splitOrgAndTitle } from './titles';

/** The slots (see Segment.slot) that hold the name and the title in every card of a group. */
export interface Template {
  name: string;
  title?: string;
  /** Nearly every card showed a name and a title where the template says. */
  sure?: boolean;
}

export interface NameAndTitle {
  name: string;
  title?: string;
  org?: string;
  element: Element;
}

interface SlotCount {
  cards: number;
  names: number;
  /** One-word names ("Sutrisno", "Wulandari"): Javanese names often are a single word. */
  singleNames: number;
  titles: number;
  texts: Set<string>;
}

/**
 * The name slot is where most cards show a name (and the names differ: "Read more" in every
 * card is not a name); the title slot is where most of them show a job title. Undefined when
 * fewer than two cards, or fewer than half of them, show a name in one place.
 */
export function learnTemplate(all: CardReading[]): Template | undefined {
  const readings = withoutCopies(all);
  const counts = new Map<string, SlotCount>();
  for (const reading of readings) {
    const seen = new Set<string>();
    for (const segment of reading.segments) {
      if (seen.has(segment.slot)) continue;
      seen.add(segment.slot);
      let count = counts.get(segment.slot);
      if (!count) {
        count = { cards: 0, names: 0, singleNames: 0, titles: 0, texts: new Set() };
        counts.set(segment.slot, count);
      }
      count.cards++;
      count.texts.add(segment.text);
      if (looksLikeName(segment.text)) count.names++;
      else if (looksLikeName(segment.text, { allowSingleWord: true })) count.singleNames++;
      else if (looksLikeTitle(segment.text)) count.titles++;
    }
  }
  const strict = nameSlot(counts, (count) => count.names);
  // One-word names count where a full name stands beside them and every card shows a title.
  const loose = nameSlot(counts, (count) =>
    count.names > 0 ? count.names + count.singleNames : 0,
  );
  const [name, names] = strict[1] >= 2 ? strict : loose;
  if (!name || names < 2 || names * 2 < readings.length) return undefined;
  let title: string | undefined;
  let titles = 0;
  for (const [slot, count] of counts) {
    if (slot !== name && count.titles > titles) {
      title = slot;
      titles = count.titles;
    }
  }
  if (strict[1] < 2 && titles < names) return undefined;
  // Most cards show a title; or, where nearly every card shows a name, a few do (speaker grids).
  const enough = titles * 2 >= names || (titles * 6 >= names && names * 5 >= readings.length * 4);
  const sure = names * 4 >= readings.length * 3 && titles * 4 >= names * 3;
  return { name, title: titles >= 2 && enough ? title : undefined, sure };
}

/** Cards that repeat another card word for word (a carousel's cloned slides) count once. */
function withoutCopies(readings: CardReading[]): CardReading[] {
  const seen = new Set<string>();
  return readings.filter((reading) => {
    const text = reading.segments.map((segment) => `${segment.slot}=${segment.text}`).join('\n');
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** The slot where most cards show a name by `score`, and that score; the texts must differ. */
function nameSlot(
  counts: ReadonlyMap<string, SlotCount>,
  score: (count: SlotCount) => number,
): [string | undefined, number] {
  let best: string | undefined;
  let names = 0;
  for (const [slot, count] of counts) {
    const value = score(count);
    if (value > names && count.texts.size * 5 >= count.cards * 4) {
      best = slot;
      names = value;
    }
  }
  return [best, names];
}

/** A short line in lower case, with no number or address in it, carries on the line before it. */
const CONTINUES = /^\p{Ll}[^\d@]{0,40}$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

/**
 * A card read by its group's template: the name slot's text, and the title slot's, joined
 * with further lines of the same kind that read as titles too (a second role).
 */
export function readByTemplate(reading: CardReading, template: Template): NameAndTitle | undefined {
  const { segments } = reading;
  let at = -1;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i]?.slot !== template.name) continue;
    // Two names in one "card": it is a row or a section holding several cards.
    if (at >= 0) return undefined;
    at = i;
  }
  const name = segments[at];
  if (!name || !plausibleName(name.text)) return undefined;
  const text = withSurnameAbove(segments, at);
  const titles: string[] = [];
  const first = segments.findIndex((segment) => segment.slot === template.title);
  const titleSegment = segments[first];
  if (titleSegment && titleSegment.text !== text && titleSegment.text.length <= 150) {
    let title = titleSegment.text;
    // A title broken over lines of its block: "Заместитель директора<br>по производству".
    // (Titles written in lower case, as Finnish ones are, have lines of their own under them.)
    for (let i = first + 1; STARTS_CAPITAL.test(title) && i < segments.length; i++) {
      const next = segments[i];
      if (!next || blockOf(next) !== blockOf(titleSegment) || !CONTINUES.test(next.text)) break;
      title = `${title} ${next.text}`;
    }
    titles.push(title);
    // A second role on the next line of the same kind ("<h4>Sihteeri</h4><h4>Tiedottaja</h4>").
    for (let i = first + 1; i < segments.length && titles.length < 3; i++) {
      const next = segments[i];
      if (!next || next.family !== titleSegment.family || !looksLikeTitle(next.text)) break;
      titles.push(next.text);
    }
  }
  const title = titles.join('; ');
  const [bare, employer] = nameAndEmployer(text);
  const post: { title?: string; org?: string } = title ? splitOrgAndTitle(title) : {};
  return {
    name: cleanName(bare),
    ...post,
    ...(employer && !post.org ? { org: employer } : {}),
    element: name.element,
  };
}

const INLINE_SEPARATOR = /\s*[,–—|·•]\s*|\s+-\s+/u;

/** "Jane Doe, CEO" or "Jane Doe – CEO" in one block. */
function splitInline(segment: Segment): NameAndTitle | undefined {
  // "Jörg Weidmann (Vertriebsleiter) · Tel. …": the name and post come first.
  const bracketed = nameWithPost(segment.text.split(/\s*[·•|]\s*/u)[0] ?? '');
  if (bracketed) {
    return {
      name: cleanName(bracketed.name),
      ...splitOrgAndTitle(bracketed.post),
      element: segment.element,
    };
  }
  const match = INLINE_SEPARATOR.exec(segment.text);
  if (!match || match.index === 0) return undefined;
  const name = segment.text.slice(0, match.index);
  const rest = segment.text.slice(match.index + match[0].length);
  if (!looksLikeName(name) || !looksLikeTitle(rest)) return undefined;
  return { name: cleanName(name), ...splitOrgAndTitle(rest), element: segment.element };
}

/** A name broken over two lines, surname first: "Орлов<br>Виктор Сергеевич". */
function withSurnameAbove(segments: readonly Segment[], at: number): string {
  const name = segments[at];
  const before = segments[at - 1];
  if (!name) return '';
  const joined = before ? `${before.text} ${name.text}` : '';
  return before &&
    blockOf(before) === blockOf(name) &&
    !before.text.includes(' ') &&
    looksLikeName(joined)
    ? joined
    : name.text;
}

/**
 * A card read without a template: a name block with a title block among the next two (or,
 * failing that, just before it), or both in one block. A card that does not read so gives nothing.
 */
export function readLoose(segments: Segment[]): NameAndTitle | undefined {
  const limit = Math.min(segments.length, 4);
  for (let i = 0; i < limit; i++) {
    const segment = segments[i];
    if (!segment) continue;
    if (!looksLikeName(segment.text)) {
      const inline = splitInline(segment);
      if (inline) return inline;
      continue;
    }
    for (const next of [segments[i + 1], segments[i + 2], segments[i - 1]]) {
      if (next && looksLikeTitle(next.text)) {
        return {
          name: cleanName(withSurnameAbove(segments, i)),
          ...splitOrgAndTitle(next.text),
          element: segment.element,
        };
      }
    }
    return undefined;
  }
  return undefined;
}
