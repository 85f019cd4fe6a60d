/** Is a short text a job title (or an office), and where does a glued company name end? */
import { memoByText } from '../memo';
import { anywhere, ending, normalizeTitle, stem, word } from './patterns';
import { SENIORITY_RULES } from './seniority';

/** Role nouns below management level, six languages; seniority rules cover the rest. */
const ROLE_NOUNS: readonly RegExp[] = [
  word(
    'engineer|developer|designer|architect|analyst|consultant|advis[oe]r|specialist|administrator|accountant',
  ),
  word('controller|counsel|attorney|lawyer|partner|member|representative|associate|strategist'),
  word(
    'researcher|scientist|professor|lecturer|recruiter|officer|editor|producer|principal|fellow',
  ),
  word(
    'intern|clerk|agent|buyer|planner|auditor|economist|marketer|evangelist|advocate|generalist',
  ),
  word('programmer|technician|teacher|instructor|educator|organi[sz]er|coach|treasurer|secretary'),
  word('creator|author|maintainer|translator|expert|trainee|operator|ceo|cfo|cto|coo|cio|cmo|cpo'),
  word('ciso|chro|vp|svp|evp|founder|co-founder|cofounder|owner|chair|chairman|chairperson'),
  word(
    'quarterback|governor|mayor|minister|senator|ambassador|commissioner|conductor|investigator',
  ),
  word('executive|rep|deputy|builder|wrangler|organiser|steward|fellow|educator|instructor'),
  ending('referent|referentin|sachbearbeiter\\p{L}*|berater|beraterin|mitarbeiter\\p{L}*'),
  ending('programmierer\\p{L}*|entwickler\\p{L}*|ingenieur\\p{L}*|kaufmann|kauffrau|mitglied'),
  ending(
    'beauftragter|beauftragte|justiziar\\p{L}*|buchhalter\\p{L}*|einkäufer\\p{L}*|sprecher\\p{L}*',
  ),
  ending(
    'führer|führerin|leiter|leiterin|wart|warten|prokurist\\p{L}*|innendienst|au(?:ß|ss)endienst',
  ),
  stem('специалист|инженер|юрист|бухгалтер|экономист|аналитик|разработчик|программист|консультант'),
  stem('советник|член|менеджер|администратор|дизайнер|эксперт|заместител|директор|руководител'),
  anywhere('工程师|设计师|分析师|顾问|专员|专家|会计|律师|研究员|教授|合伙人|董事|总监|经理|主管'),
  word('anggota|staf|staff|analis|konsultan|penasehat|penasihat|pengurus|bidang|komisi|divisi'),
  word('bagian|auditor|audit|bendahara|sekretaris|insinyur|pengembang|dosen|guru|peneliti|ketua'),
  word('jäsen'),
  ending(
    'vastaava|yhteyshenkilö|tiimiläinen|neuvonantaja|ohjelmoija|analyytikko|hoitaja|päällikkö',
  ),
  // Occupations past the first set: trades, office, sales and service work in each language.
  word('salesperson|receptionist|bookkeeper|paralegal|supervisor|superintendent|foreman'),
  word('estimator|dispatcher|surveyor|copywriter|illustrator|photographer|journalist|curator'),
  word('librarian|therapist|counsell?or|mentor|liaison|facilitator|trainer|comptroller|registrar'),
  word('pharmacist|physician|nurse|merchandiser|scrum master|product owner|assistant'),
  word('(?:inside|outside|counter|field|retail) sales|apprentice'),
  // "Senior Blender": a senior anything is a post, whatever the trade.
  stem('senior (?=\\p{L})'),
  ending('assistent\\p{L}*|verkäufer\\p{L}*|techniker\\p{L}*|meister\\p{L}*|planer\\p{L}*'),
  ending('disponent\\p{L}*|koordinator\\p{L}*|gesellschafter\\p{L}*|inhaber\\p{L}*'),
  ending('spezialist\\p{L}*|expert(?:e|in)|trainer\\p{L}*|architekt\\p{L}*|redakteur\\p{L}*'),
  ending('analyst\\p{L}*|revisor\\p{L}*|jurist\\p{L}*|anwalt|anwältin|praktikant\\p{L}*'),
  word('auszubildende[rn]?|azubi|werkstudent\\p{L}*|fachkraft|bürokraft|polier'),
  ending('beisitzer\\p{L}*|kassierer\\p{L}*|kassenwart\\p{L}*|schriftführer\\p{L}*'),
  ending('präsident|präsidentin|kanzler|kanzlerin|rektor|rektorin|dekan|dekanin|vorständin'),
  ending('angestellte[rn]?|fachwirt\\p{L}*|notar|notarin|steuerberater\\p{L}*'),
  stem('секретар|помощник|ассистент|продав|технолог|механик|мастер|прораб|начальник|заведующ'),
  stem('управляющ|координатор|куратор|редактор|переводчик|маркетолог|юрисконсульт|логист'),
  stem('оператор|кассир|снабжен|закупщик|референт|делопроизводител|представител'),
  anywhere('主任|秘书|助理|总裁|出纳|销售|采购|行政|人事|财务|技术员|讲师|负责人|创始人|代表'),
  anywhere('跟单|业务员|文员|营业员|导购|采购员|销售员|会计师|设计|工程|顾问'),
  anywhere(
    '书记|校长|局长|厅长|处长|县长|市长|省长|镇长|区长|委员|常委|秘书长|总经济师|总工程师|馆长|所长',
  ),
  word('manajer|koordinator|asisten|akuntan|teknisi|operator|pengawas|pelaksana'),
  word('kasubag|kasubbag|kasi|kasie|penyelia|petugas|admin|perencana|pranata'),
  ending('asiantuntija|insinööri|kehittäjä|suunnittelija|koordinaattori|konsultti|sihteeri'),
  ending('myyjä|neuvottelija|kirjanpitäjä|assistentti|edustaja|esimies|esihenkilö|mestari'),
  ending('tuottaja|toimittaja|kääntäjä|juristi|lakimies|ekonomi|neuvoja|ohjaaja|valvoja'),
  ending('tarkastaja|harjoittelija|työntekijä|merkonomi|controller'),
  ending('teknikko|asentaja|kuljettaja|hitsaaja|koneistaja|sähkömies|putkimies|varastomies'),
];

/** Public offices written where a name would be ("Bupati Bogor", "Kepala Dinkes ..."). */
const OFFICES = word(
  'bupati|walikota|wali kota|gubernur|camat|lurah|kapolres|kapolda|kapolsek|komandan|dandim|danrem|kepala|menteri|kadis|sekda|kajari|direktur|ketua|mayor|governor|minister|president|chairman',
);

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

const CONTACT_DETAIL = /@|[([]at[)\]]|https?:\/\/|www\./iu;

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
  if (OFFICES.test(first)) return true;
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
