/** Is a short text a job title (or an office), and where does a glued company name end? */
import { LEXICONS, type PostTerms } from '../../lexicon';
import { memoByText } from '../memo';
import { anywhere, ending, normalizeTitle, stem, word } from './patterns';
import { SENIORITY_RULES } from './seniority';

const MATCHERS = { word, stem, ending, anywhere } as const;
const compile = (entry: PostTerms): RegExp => MATCHERS[entry.match](entry.terms);

/** Role nouns below management level and public offices, from every language's lexicon. */
const ROLE_NOUNS: readonly RegExp[] = LEXICONS.flatMap((lexicon) => lexicon.posts.map(compile));
const OFFICES: readonly RegExp[] = LEXICONS.flatMap((lexicon) => lexicon.offices.map(compile));

const SENTENCE = word(
  'is|was|has|are|were|will|joined|joins|leads|led|ist|war|hat|wurde|является|был|была|работает|adalah|merupakan|on|oli|toimii',
);

/** Every role and seniority pattern as one alternation: one scan per text instead of sixty. */
const ANY_ROLE = new RegExp(
  [...ROLE_NOUNS, ...SENIORITY_RULES.flatMap(([, patterns]) => patterns)]
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
  'u',
);

const CONTACT_DETAIL = /@|[([](?:at|a)[)\]]|https?:\/\/|www\./iu;

/** A role word appears anywhere in the text. */
export const hasRoleWord = memoByText((text: string): boolean =>
  ANY_ROLE.test(normalizeTitle(text)),
);

/** Short text naming a job or an office rather than a sentence, a date or a name. */
export const looksLikeTitle = memoByText((text: string): boolean => {
  if (text.length < 2 || text.length > 120) return false;
  if (text.split(' ').length > 14) return false;
  if (/^[\d\s.,:/-]+$/u.test(text)) return false;
  // An address to write to ("vp-lehre(at)th.example") is no post, whatever its words.
  if (CONTACT_DETAIL.test(text)) return false;
  // A full stop after many words ends a sentence, not a title; so do Chinese stops and clauses.
  if (text.split(' ').length > 7 && /\p{Ll}\.$/u.test(text)) return false;
  if (/[。！？]/u.test(text) || (text.match(/[，；]/gu)?.length ?? 0) >= 2) return false;
  // Sentences ("She is an editor at ...") mention a role; they are bios, not titles.
  if (SENTENCE.test(normalizeTitle(text))) return false;
  return hasRoleWord(text);
});

/** Text that opens with an office or role word names a post, not a person ("Bupati Bogor"). */
export function namesAnOffice(text: string): boolean {
  const normalized = normalizeTitle(text);
  const first = normalized.split(' ')[0] ?? '';
  if (OFFICES.some((office) => office.test(first))) return true;
  return looksLikeTitle(first) && first.length > 2;
}

const HAN = /\p{Script=Han}/u;
const AT = /\s+(?:at|@|bei|в|di|chez)\s+|\s*@\s*/u;

/**
 * Separate a company glued to a title: "九斗鱼 CEO" (Chinese puts the company first),
 * "Tech Lead at Acme", "CTO @ Acme". Returns the text unchanged as title otherwise.
 */
export const splitOrgAndTitle = memoByText(splitOrg);

function splitOrg(text: string): { title: string; org?: string } {
  const at = AT.exec(text);
  if (at && at.index > 0) {
    const title = text.slice(0, at.index).trim();
    const org = text.slice(at.index + at[0].length).trim();
    // "@" says "works at" outright; the words need a title on their left.
    const sure = at[0].includes('@');
    if (org && title && (sure || looksLikeTitle(title)) && !hasRoleWord(org)) return { title, org };
  }
  if (HAN.test(text)) {
    const space = text.lastIndexOf(' ');
    if (space > 0) {
      const org = text.slice(0, space).trim();
      const title = text.slice(space + 1).trim();
      if (looksLikeTitle(title) && !hasRoleWord(org)) return { title, org };
    }
  }
  return { title: text };
}

/** Last words that end a company's name ("Tessellate Robotics", "Lumora Bank", "Acme GmbH"). */
const COMPANY_ENDING = new RegExp(
  `(?:^|\\s)(?:${[
    'inc\\.?|corp\\.?|corporation|company|co\\.|ltd\\.?|llc|llp|plc|gmbh|ag|kg|oy|oyj|ab|bv|nv|tbk|ооо|пао',
    'group|gruppe|holdings?|solutions|systems|technologies|technology|industries|labs?|software|services',
    'consulting|partners|capital|ventures|bank|health|healthcare|media|studios?|agency|networks?',
    'robotics|analytics|ai|cloud|security|energy|pharma|therapeutics|biotech|foods|logistics|games',
    'university|institute|foundation',
  ].join('|')})$`,
  'iu',
);

/**
 * Titles of one group read "post, company" when most of the tails that follow a post end as
 * company names do: a speaker grid ("Founder & CEO, Tessellate Robotics", "Principal SRE,
 * Kestrelgrid"). Regions ("Area Manager, Eastern Mediterranean") do not, and stay in the title.
 */
export function splitCompanies(
  titles: ReadonlyArray<string | undefined>,
): Array<{ title?: string; org?: string }> {
  const tails = titles.map((title) => {
    const comma = title?.lastIndexOf(', ') ?? -1;
    if (title === undefined || comma <= 0) return undefined;
    const post = title.slice(0, comma).trim();
    const org = title.slice(comma + 2).trim();
    const fits =
      /^\p{Lu}/u.test(org) &&
      org.split(' ').length <= 5 &&
      looksLikeTitle(post) &&
      !hasRoleWord(org);
    return fits ? { title: post, org } : undefined;
  });
  const split = tails.filter((tail) => tail !== undefined);
  const companies = split.filter((tail) => COMPANY_ENDING.test(tail.org)).length;
  if (companies < 2 || companies * 2 < split.length) return titles.map((title) => ({ title }));
  return titles.map((title, i) => tails[i] ?? { title });
}
