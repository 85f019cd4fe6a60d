/**
 * Reading a job title with the lexicon: each role named in it is read on its own (the first one
 * decides), its words matched as the lexicon says, and the most specific post word found is the
 * post: "Deputy" and "副" deputise it, "Lead" raises an individual post, and the function comes
 * from the words around the post ("Head of Sales", "Vertriebsleiter", "财务总监").
 */
import type { Department, Seniority } from '../../model';
import { type Hit, hitsOf } from './hits';
import { foldTitle, hasHan, type TermIndex, TITLE_INDEX, type Token, tokens } from './words';

export interface Reading {
  department: Department | 'unknown';
  seniority: Seniority | 'unknown';
  /** An entry-level post: an assistant, or a word such as "intern", "junior", "стажёр". */
  junior: boolean;
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

/** A Russian adjective in the genitive, as folded ("образовательного", "муниципальнои"). */
const ADJECTIVE_GENITIVE = /\p{Script=Cyrillic}{3,}(?:ого|его|ои|еи|ых|их)$/u;

type Order = 'first' | 'last' | 'longest';

/** Levels that hold an office; an office named after ownership wins ("Founder & CEO"). */
const OFFICES = new Set<Seniority>(['executive', 'board', 'vp', 'director', 'head']);

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
  const named = hits.filter((hit) => hit.term.entry.seniority !== undefined);
  const graded = named.filter((hit) => !hit.term.entry.grade);
  const posts = graded.length > 0 ? graded : named;
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
  if (best?.term.entry.seniority !== 'owner') return best;
  // An office named beside ownership is the post: "Founder and CEO", "Партнер Руководитель".
  for (const hit of candidates) {
    const office = OFFICES.has(hit.term.entry.seniority ?? 'owner');
    if (office && (!OFFICES.has(best.term.entry.seniority ?? 'owner') || better(hit, best, order)))
      best = hit;
  }
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
  if (field === 0) return true;
  // The organisation may come after its adjectives: "Директор образовательного учреждения".
  const next = after.find((t) => !ADJECTIVE_GENITIVE.test(t.text));
  if (!next) return after.length === 0;
  return covered(next, (hit) => hit.term.entry.whole === true);
}

function levelOf(post: Hit, hits: readonly Hit[], deputy: boolean, heads: boolean): Seniority {
  const level =
    (heads ? post.term.entry.heads : undefined) ?? post.term.entry.seniority ?? 'individual';
  if (deputy && (heads || post.term.entry.top || level === 'executive')) return 'vp';
  if (level === 'individual') {
    const raise = hits.find((hit) => hit !== post && hit.term.entry.raises && !overlaps(hit, post));
    if (raise?.term.entry.raises) return post.term.entry.raisedTo ?? raise.term.entry.raises;
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
  const implied = hits.find((hit) => hit.term.entry.department && !hit.term.entry.grade)?.term.entry
    .department;
  return implied ? { department: implied, named: false } : { named: false };
}

interface RoleReading {
  seniority?: Seniority;
  department?: Department;
  /** The department is named by a function word, not only implied by the post. */
  named: boolean;
  /** An entry-level word is in the role ("Jr. Account Manager", "Werkstudentin"). */
  entryLevel: boolean;
}

function readRole(role: string, index: TermIndex): RoleReading {
  const hits = hitsOf(role, index);
  const post = postOf(role, hits);
  const { department, named } = functionOf(post, hits, post ? orderOf(role, [post]) : 'longest');
  const deputy = post ? deputised(post, hits) : false;
  const heads = post ? headsOrganisation(role, post, hits, deputy) : false;
  // The head of the organisation is its executive, whatever else he does ("Директор,
  // преподаватель"): a function in its name ("Директор образовательного учреждения") describes
  // the organisation. A deputy's field or second post names his portfolio.
  const own = heads && !deputy ? 'executive' : department;
  return {
    named,
    entryLevel: hits.some((hit) => hit.term.entry.junior),
    ...(post ? { seniority: levelOf(post, hits, deputy, heads) } : {}),
    ...(own ? { department: own } : {}),
  };
}

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
  const department =
    named?.department ??
    decides?.department ??
    roles.find((role) => role.department !== undefined)?.department;
  if (!seniority && !department) {
    return { department: 'unknown', seniority: 'unknown', junior: false };
  }
  return {
    department:
      department ?? (seniority && EXECUTIVE_LEVELS.has(seniority) ? 'executive' : 'other'),
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
