/**
 * Reading a job title with the lexicon: each role named in it is read on its own (the first one
 * decides), its words matched as the lexicon says, and the most specific post word found is the
 * post: "Deputy" and "副" deputise it, "Lead" raises an individual post, and the function comes
 * from the words around the post ("Head of Sales", "Vertriebsleiter", "财务总监").
 */
import type { Language } from '../../lexicon';
import type { Department, Seniority } from '../../model';
import {
  foldTitle,
  hasHan,
  INDEX_KEY,
  type TermIndex,
  TITLE_INDEX,
  type TitleTerm,
  type Token,
  tokens,
} from './words';

export interface Reading {
  department: Department | 'unknown';
  seniority: Seniority | 'unknown';
  /** An entry-level post: an assistant, or a word such as "intern", "junior", "стажёр". */
  junior: boolean;
}

/** A term found in a title, between two character offsets of its role. */
interface Hit {
  term: TitleTerm;
  start: number;
  end: number;
}

/**
 * Several roles in one title: "Founder & CEO", "Hallituksen jäsen, sihteeri", "CTO&联合创始人",
 * "总经理兼业务总监" (兼: "and concurrently"; 暨: "and").
 */
const ROLE_SEPARATOR = /\s*(?:[/|;,、，；&+兼暨]|\s[-–—]\s|\s(?:und|и)\s)\s*/u;

/** Words after which what follows is the post's complement: "Head of Sales", "Assistenz der GF". */
const GOVERNS = new Set(['of', 'to', 'for', 'at', 'der', 'des', 'fur', 'bei', 'zur', 'zum']);

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Russian "по" opens the field of the post before it: "Директор по маркетингу". */
const FIELD = new Set(['по']);

/**
 * Inflected forms of a compound head read as the form the lexicon lists, each for its language:
 * German feminine "Leiterin", "Referentinnen"; Finnish plural "johtajat", with the strong grade
 * back ("päälliköt" is "päällikkö"). A Finnish genitive is no post but its complement:
 * "Toimitusjohtajan assistentti" assists the CEO.
 */
function baseForm(word: string): readonly [string, Language] | undefined {
  if (word.length > 6 && word.endsWith('innen')) return [word.slice(0, -5), 'de'];
  if (word.length > 5 && word.endsWith('in')) return [word.slice(0, -2), 'de'];
  if (word.length > 5 && word.endsWith('t')) {
    return [word.slice(0, -1).replace(/iko$/u, 'ikko'), 'fi'];
  }
  return undefined;
}

function matchWords(
  term: TitleTerm,
  words: readonly Token[],
  at: number,
  stem: boolean,
): number | undefined {
  let end = 0;
  for (let i = 0; i < term.words.length; i++) {
    const token = words[at + i];
    const want = term.words[i];
    if (!token || want === undefined) return undefined;
    if (stem ? !token.text.startsWith(want) : token.text !== want) return undefined;
    // A word start ends where the stem does: the rest of a compound may be its post.
    end = stem ? token.start + want.length : token.end;
  }
  return end;
}

const COMPOUNDING = new Set(['de', 'fi']);

/**
 * Function words inside a compound before its post head, where no word start shows them:
 * "Abimarkkinointivastaava", "Kommunikationsdesigner", "Debitorenbuchhalter".
 */
function innerFunctions(
  role: string,
  token: Token,
  headStart: number,
  index: TermIndex,
  hits: Hit[],
): void {
  for (let at = token.start + 1; at + INDEX_KEY <= headStart; at++) {
    for (const term of index.stems.get(role.slice(at, at + INDEX_KEY)) ?? []) {
      const text = term.words[0] ?? '';
      if (term.words.length !== 1 || term.entry.seniority || !COMPOUNDING.has(term.language)) {
        continue;
      }
      if (at + text.length <= headStart && role.startsWith(text, at)) {
        hits.push({ term, start: at, end: at + text.length });
      }
    }
  }
}

function hitsOf(role: string, index: TermIndex): Hit[] {
  const hits: Hit[] = [];
  const words = tokens(role);
  for (let i = 0; i < words.length; i++) {
    const token = words[i];
    if (!token) continue;
    for (const term of index.words.get(token.text) ?? []) {
      const end = matchWords(term, words, i, false);
      if (end !== undefined) hits.push({ term, start: token.start, end });
    }
    for (const term of index.stems.get(token.text.slice(0, INDEX_KEY)) ?? []) {
      const end = matchWords(term, words, i, true);
      if (end !== undefined) hits.push({ term, start: token.start, end });
    }
    const base = baseForm(token.text);
    for (const form of [token.text, base?.[0]]) {
      if (!form) continue;
      for (const term of index.ends.get(form.slice(-INDEX_KEY)) ?? []) {
        const head = term.words[0] ?? '';
        if (!form.endsWith(head)) continue;
        if (form !== token.text && term.language !== base?.[1]) continue;
        const start = token.start + form.length - head.length;
        hits.push({ term, start, end: start + head.length });
        if (term.entry.seniority && start > token.start)
          innerFunctions(role, token, start, index, hits);
      }
    }
  }
  if (hasHan(role)) {
    for (let i = 0; i < role.length; i++) {
      for (const term of index.parts.get(role.charAt(i)) ?? []) {
        const text = term.words[0] ?? '';
        if (role.startsWith(text, i)) hits.push({ term, start: i, end: i + text.length });
      }
    }
  }
  // A word inside a longer one is that word's part: "Stellvertreter" is no "Vertreter".
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other.term.size > hit.term.size && other.start <= hit.start && hit.end <= other.end,
      ),
  );
}

type Order = 'first' | 'last' | 'longest';

/** Russian and Indonesian name the post first, Chinese last; elsewhere the longest post wins. */
function orderOf(role: string, posts: readonly Hit[]): Order {
  if (CYRILLIC.test(role)) return 'first';
  if (hasHan(role)) return 'last';
  if (posts.some((hit) => hit.term.language === 'id')) return 'first';
  return 'longest';
}

function better(a: Hit, b: Hit, order: Order): boolean {
  if (order === 'first' && a.start !== b.start) return a.start < b.start;
  if (order === 'last' && a.end !== b.end) return a.end > b.end;
  if (a.term.size !== b.term.size) return a.term.size > b.term.size;
  return a.end > b.end;
}

/** The post of one role: the best post word, not one in the complement of an earlier post. */
function postOf(role: string, hits: readonly Hit[]): Hit | undefined {
  const posts = hits.filter((hit) => hit.term.entry.seniority !== undefined);
  if (posts.length === 0) return undefined;
  const order = orderOf(role, posts);
  let candidates = posts;
  if (order === 'longest') {
    const firstPost = Math.min(...posts.map((hit) => hit.start));
    const complement = tokens(role).find((t) => t.start > firstPost && GOVERNS.has(t.text));
    if (complement) {
      const before = posts.filter((hit) => hit.end <= complement.start);
      if (before.length > 0) candidates = before;
    }
  }
  let best: Hit | undefined;
  for (const hit of candidates) if (!best || better(hit, best, order)) best = hit;
  return best;
}

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** Whether a deputy word stands before the post with no other post between them. */
function deputised(post: Hit, hits: readonly Hit[]): boolean {
  return hits.some(
    (hit) =>
      hit.term.entry.deputy &&
      hit.end <= post.start &&
      !hits.some(
        (other) =>
          other !== post &&
          other.term.entry.seniority &&
          other.start >= hit.end &&
          other.end <= post.start,
      ),
  );
}

/**
 * Whether a post that heads an organisation standing alone does so here: nothing follows it, or
 * the organisation does ("Директор", "Начальник учреждения", "Директор МБОУ СОШ № 2"). A field
 * after it ("Директор по маркетингу") makes it a function's director, unless the post is the
 * deputy's complement: "Заместитель директора по УВР" deputises the head of the organisation.
 */
function headsOrganisation(role: string, post: Hit, hits: readonly Hit[], deputy: boolean) {
  if (!post.term.entry.heads) return false;
  const covered = (t: Token, by: (hit: Hit) => boolean) =>
    hits.some((hit) => by(hit) && hit.start <= t.start && t.start < hit.end);
  const words = tokens(role);
  // Words before it qualify it ("Арт-директор", "Региональный директор"), unless they deputise.
  const before = words.filter((t) => t.end <= post.start);
  if (before.some((t) => !covered(t, (hit) => hit.term.entry.deputy === true))) return false;
  const after = words.filter((t) => t.start >= post.end && !/^\d+$/u.test(t.text));
  const field = after.findIndex((t) => FIELD.has(t.text));
  if (field >= 0 && !deputy) return false;
  const next = after[0];
  if (!next || field === 0) return true;
  return covered(next, (hit) => hit.term.entry.whole === true);
}

function levelOf(post: Hit, hits: readonly Hit[], deputy: boolean, heads: boolean): Seniority {
  const level =
    (heads ? post.term.entry.heads : undefined) ?? post.term.entry.seniority ?? 'individual';
  if (deputy && (heads || post.term.entry.top || level === 'executive')) return 'vp';
  if (level === 'individual') {
    const raise = hits.find((hit) => hit !== post && hit.term.entry.raises && !overlaps(hit, post));
    if (raise?.term.entry.raises) return raise.term.entry.raises;
  }
  return level;
}

/**
 * The function a role names: a function word outside the post, else what the post implies.
 * Where several are named, the one nearest the post in the language's order speaks for it:
 * the first after a Russian or Indonesian post ("начальник отдела кадров и делопроизводства"),
 * the last before a Chinese one ("信息科学与技术学院院长"), elsewhere the most specific.
 */
function functionOf(
  post: Hit | undefined,
  hits: readonly Hit[],
  order: Order,
): { department?: Department; named: boolean } {
  if (post?.term.entry.ownField && post.term.entry.department) {
    return { department: post.term.entry.department, named: true };
  }
  let best: Hit | undefined;
  for (const hit of hits) {
    const { entry } = hit.term;
    if (!entry.department || entry.seniority || (post && overlaps(hit, post))) continue;
    if (!best) best = hit;
    else if (order === 'first' && hit.start !== best.start) {
      if (hit.start < best.start) best = hit;
    } else if (order === 'last' && hit.end !== best.end) {
      if (hit.end > best.end) best = hit;
    } else if (hit.term.size > best.term.size) best = hit;
  }
  if (best) return { department: best.term.entry.department, named: true };
  if (post?.term.entry.department) return { department: post.term.entry.department, named: false };
  const implied = hits.find((hit) => hit.term.entry.department)?.term.entry.department;
  return implied ? { department: implied, named: false } : { named: false };
}

interface RoleReading {
  seniority?: Seniority;
  department?: Department;
  /** The department is named by a function word, not only implied by the post. */
  named: boolean;
  /** The post heads the whole organisation ("Директор", "Заведующий детским садом"). */
  heads: boolean;
  /** An entry-level word is in the role ("Jr. Account Manager", "Werkstudentin"). */
  entryLevel: boolean;
}

function readRole(role: string, index: TermIndex): RoleReading {
  const hits = hitsOf(role, index);
  const post = postOf(role, hits);
  const { department, named } = functionOf(post, hits, post ? orderOf(role, [post]) : 'longest');
  const deputy = post ? deputised(post, hits) : false;
  const heads = post ? headsOrganisation(role, post, hits, deputy) : false;
  return {
    named,
    heads,
    entryLevel: hits.some((hit) => hit.term.entry.junior),
    ...(post ? { seniority: levelOf(post, hits, deputy, heads) } : {}),
    ...(department ? { department } : {}),
  };
}

/** Levels that hold an office; an office named after ownership wins ("Founder & CEO"). */
const OFFICES = new Set<Seniority>(['executive', 'board', 'vp', 'director', 'head']);
/** Levels that run the organisation day to day, beside a seat on its board. */
const MANAGING = new Set<Seniority>(['executive', 'vp']);
/** Levels whose holders, with no function named, belong to the executive. */
const EXECUTIVE_LEVELS = new Set<Seniority>(['executive', 'owner', 'board', 'vp']);

export function readTitleWith(title: string, index: TermIndex): Reading {
  const roles = foldTitle(title)
    .split(ROLE_SEPARATOR)
    .filter((role) => role.length > 0)
    .map((role) => readRole(role, index));
  let decides = roles.find((role) => role.seniority !== undefined);
  if (decides?.seniority === 'owner') {
    const office = roles.find((role) => role.seniority && OFFICES.has(role.seniority));
    if (office) decides = office;
  } else if (decides?.seniority === 'board') {
    // A seat on the board beside an executive post: the post is the work ("监事、副总经理").
    const executive = roles.find((role) => role.seniority && MANAGING.has(role.seniority));
    if (executive) decides = executive;
  }
  const seniority = decides?.seniority;
  // "Assistenz/Buchhaltung": a function named beside a staff post that only implies one.
  const staff = decides?.seniority === 'assistant' || decides?.seniority === 'individual';
  const named =
    decides?.named || !staff || roles.length !== 2
      ? decides
      : roles.find((role) => role.named && role.seniority === undefined);
  // The head of the whole organisation is its executive whatever else he does ("Директор,
  // преподаватель"); a deputy's second post names his portfolio.
  const headsAll = decides?.heads === true && decides.seniority !== 'vp';
  const department =
    named?.department ??
    decides?.department ??
    roles.find((role) => role.department !== undefined && !(headsAll && role.seniority))
      ?.department;
  if (!seniority && !department) {
    return { department: 'unknown', seniority: 'unknown', junior: false };
  }
  return {
    department:
      department ??
      (decides?.heads || (seniority && EXECUTIVE_LEVELS.has(seniority)) ? 'executive' : 'other'),
    seniority: seniority ?? 'individual',
    // An office outranks the word: an assistant vice president is no junior.
    junior:
      seniority === 'assistant' ||
      (decides?.entryLevel === true && !(seniority && OFFICES.has(seniority))),
  };
}

/** Department and seniority a title reads as; `unknown` when the lexicon knows none of it. */
export function readPost(title: string): Reading {
  return readTitleWith(title, TITLE_INDEX);
}
