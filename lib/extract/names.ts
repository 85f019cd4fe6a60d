/** Telling a person's name from other short text, and cleaning it for display and matching. */
import { FIELD_LABELS, LIST_JOINERS, SITE_SECTIONS } from '../lexicon';
import { chineseSurnames } from '../lexicon/names';
import { normalizeName } from '../model/names';
import { memoByText } from './memo';
import { squash } from './text';
import { hasRoleWord, looksLikeTitle, namesAnOffice } from './titles/shape';

/** What a bracket after a rank or a degree may hold: retired ("(Purn.)"), a school ("(FH)"). */
const BRACKETED_AFTER = 'purn|ret|retd|fh|tu|th|ba|dh|univ';

/**
 * Academic, professional, religious and military honorifics written before a name (EN, DE, ID,
 * RU), a rank perhaps followed by "(Purn.)" or "(Ret.)": retired; and the professions German
 * writes before a name as a form of address ("Rechtsanwalt Dr. Jörg Hallmann").
 */
const PREFIX_HONORIFICS = new RegExp(
  String.raw`^(?:(?:dr\.?\s?(?:rer\.\s?(?:nat|pol|oec|soc)|phil|med|jur|habil)|dr|prof|h\.\s?c|e\.\s?h|mult|professor|professorin|профессор|bapak|bpk|ibu|sdr|sdri|drs|dra|ir|hj|h|mr|mrs|ms|miss|mx|sir|dame|rev|st|kh|tn|ny|hon|dipl|ing|mag|univ|prim|pd|priv|doz|herr|frau|jenderal|letjen|mayjen|brigjen|kolonel|letkol|mayor|kapten|lettu|letda|laksamana|laksdya|laksda|laksma|marsekal|marsdya|marsda|marsma|kombes|akbp|kompol|akp|iptu|ipda|tni|polri|inf|kav|czi|pnb|gen|col|maj|capt|lt|cdr|adm|rechtsanwalt|rechtsanwältin|patentanwalt|patentanwältin|notar|notarin|steuerberater|steuerberaterin|wirtschaftsprüfer|wirtschaftsprüferin)\.?(?:-\p{L}{2,6}\.?)?(?:\s*\((?:${BRACKETED_AFTER})\.?\))?(?:\s+|$))+`,
  'iu',
);

/**
 * Degrees and certifications written after a name, Indonesian (S.H., M.Si, SE., MM, Ak.) and
 * western (PhD, MBA, CPA, CIA, Jr.).
 */
const SUFFIX_TOKEN =
  /^(?:s\.?\s?(?:h|e|t|pd|pd\.?i|sos|kom|i\.?\s?kom|kep|km|kes|psi|ip|ag|si|ked|farm|hum|ds)|m\.?\s?(?:si|m|h|pd|kes|kom|t|ag|hum|sc|a|ba|d|eng|phil)|skm|s\.?kep|st|se|sh|mm|mh|[кд]\.?\s?[мтэюфбпхис]\.?\s?н|mba|cia|cpa|cfa|cisa|cma|acca|pmp|frm|cfp|qia|crma|ak|phd|ph\.?d|md|msc|bsc|ba|ma|jr|sr|ii|iii|iv|esq|dr\.?-ing|dipl\.?-ing|a\.?\s?md|amd)\.?$/i;

/** "Name (something)", in ASCII or full-width brackets: the text before them and inside them. */
function bracketed(text: string): [string, string] | undefined {
  const match = BRACKETED.exec(text.trim());
  return match?.[1] && match[2] ? [match[1], match[2]] : undefined;
}

const BRACKETED = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u;

/** "Jukka Saarelainen (Puusepänliike Saarelainen Oy)": a person, then whom they represent. */
export function nameAndEmployer(text: string): [string, string | undefined] {
  const parts = bracketed(text);
  return parts && looksLikeName(parts[0]) ? parts : [text, undefined];
}

/**
 * "Jörg Weidmann (Vertriebsleiter)", "林嘉慧（外贸业务主管）": a name with the post in brackets
 * after it; undefined when the brackets hold no post (a place, a nickname, a company).
 */
export function nameWithPost(text: string): { name: string; post: string } | undefined {
  const parts = bracketed(text);
  if (!parts || !looksLikeName(parts[0]) || !looksLikeTitle(parts[1])) return undefined;
  return { name: parts[0], post: parts[1] };
}

/** A degree written after a name: "M.T.", "S.Kom", "PhD". */
export function isDegree(token: string): boolean {
  const bare = token.trim().replace(/[,.]+$/u, '');
  return bare !== '' && (SUFFIX_TOKEN.test(bare) || SUFFIX_TOKEN.test(bare.replace(/\s/gu, '')));
}

/** Remove honorifics and trailing degrees: "Drs. Bambang Wijaya, M.Si" → "Bambang Wijaya". */
export const stripHonorifics = memoByText(strip);

function strip(name: string): string {
  let text = squash(name).replace(PREFIX_HONORIFICS, '');
  // A comma followed only by short dotted or capital tokens is a run of degrees ("SE,.M,.Si").
  const tail = /,\s*((?:\p{L}{1,4}[.,\s]*){1,6})$/u.exec(text);
  if (tail?.[1] && tail.index > 0) {
    const runs = tail[1].match(/\p{L}+/gu) ?? [];
    const degrees = tail[1].includes('.') || runs.every((run) => run === run.toUpperCase());
    if (degrees && !hasRoleWord(tail[1])) {
      text = text.slice(0, tail.index);
    }
  }
  // Degrees follow a comma ("Name, S.H., M.H") or a space ("Name S.Sos., MM").
  for (;;) {
    const match = /(?:,\s*|\s+)([^\s,]+(?:\s?[^\s,]{1,3})?)\s*[,.]*\s*$/u.exec(text);
    if (!match?.[1] || match.index === 0) break;
    const token = match[1].replace(/[,.]+$/u, '').replace(/,/gu, '');
    if (!SUFFIX_TOKEN.test(token) && !SUFFIX_TOKEN.test(token.replace(/\s/gu, ''))) break;
    text = text.slice(0, match.index);
  }
  return withoutPostNominals(text.replace(/[\s,]+$/u, '').trim()) || squash(name);
}

/**
 * British and Commonwealth letters after a name: "BEng (Hons) CEng FICE", "MSc CGeol FGS". A
 * trailing run of capitals counts when it holds a known award or membership, since a lone
 * capital word may be a surname (French pages write "Pierre DUPONT").
 */
function withoutPostNominals(text: string): string {
  const words = text.split(' ');
  let cut = words.length;
  let known = false;
  while (cut > 2) {
    const word = (words[cut - 1] ?? '').replace(/,$/u, '');
    if (POST_NOMINALS.has(word)) known = true;
    else if (word !== '(Hons)' && !/^\p{Lu}{2,7}$/u.test(word)) break;
    cut--;
  }
  return known ? words.slice(0, cut).join(' ').replace(/,$/u, '') : text;
}

const POST_NOMINALS = new Set(
  [
    'BEng MEng CEng IEng BSc MSc MSci CGeol CSci CEnv CChem CMgr MIStructE FIStructE FREng MInstP',
    'ACMA FCMA FCA ACA FCCA ACCA FRICS MRICS FICE MICE FGS FRSA FRS OBE MBE CBE KBE DBE QC KC',
    'RIBA FIET MIET FIMechE IMechE MCIBSE FCIBSE CIMA ACIS FCIS CFA FRCP FRCS MRCP FCIPS MCIPS',
    'FCIM MCIM FIOD FCMI MCMI MRSC FRSC LLB LLM DPhil MPhil MBChB FRSE FREng FAusIMM GAICD FAICD',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The key two mentions of one person share: honorifics and a quoted nickname dropped ('Rafael
 * “Rafa” Domingues' is the Rafael Domingues of the next section), then the model's normalisation.
 */
export const nameKey = memoByText((name: string): string =>
  normalizeName(stripHonorifics(name.includes(' ') ? name.replace(NICKNAME, ' ') : name)),
);

const HAN = '\\p{Script=Han}';
const HAN_SPACE = new RegExp(`(${HAN})[\\s\\u3000]+(?=${HAN})`, 'gu');

/** Display form: whitespace squashed, spaces between Chinese characters dropped ("张　三" → "张三"). */
export function cleanName(raw: string): string {
  const text = HAN_CHAR.test(raw) ? raw.replace(HAN_SPACE, '$1').replace(SCRIPT_EDGE, ' ') : raw;
  return squash(text).replace(TRAILING_TAG, '').replace(EDGE_MARKS, '').trim();
}

/** A short tag in brackets after a name: a party ("Heikki Toivonen (kok.)", "(SPD)"). */
const TRAILING_TAG = /\s+[(（][\p{L}.]{1,8}[)）]$/u;

const HAN_CHAR = /\p{Script=Han}/u;

/** Where a Chinese name meets its romanisation with no space between ("林思远Lin Siyuan"). */
const SCRIPT_EDGE =
  /(?<=\p{Script=Han})(?=\p{Script=Latin})|(?<=\p{Script=Latin})(?=\p{Script=Han})/gu;

/**
 * Separators and the icon glyphs buttons and links put beside a name ("Dana Whitcombe +"), and
 * the footnote marks after one ("Jutta Meierhöfer*": an employee representative).
 */
const EDGE_MARKS = /^[\s,;:·•|–—+›»→↗↘×✕▸▾▼⌄-]+|[\s,;:·•|–—+›»→↗↘×✕▸▾▼⌄*†‡¹²³⁴⁵⁶⁷⁸⁹⁰-]+$/gu;

/** "Surname, Firstname[, Dr.-Ing.]" → "Firstname Surname"; other text unchanged. */
export function surnameFirstToNatural(text: string): string {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || namesInList(text) || nameThenPost(text)) return text;
  const [surname, given, rest] = parts;
  if (!surname || !given || !isNameWord(surname.split(' ')[0] ?? '')) return text;
  // "Drs. Lukas Simanjuntak, Ak.": a whole name before the comma, degrees after it.
  if (surname.split(' ').length > 3 || PREFIX_HONORIFICS.test(surname)) return text;
  if (rest !== undefined && !SUFFIX_TOKEN.test(rest) && !PREFIX_HONORIFICS.test(`${rest} `)) {
    return text;
  }
  if (given.split(' ').length > 3 || SUFFIX_TOKEN.test(given)) return text;
  return `${given} ${surname}`;
}

const LIST_SEPARATOR = new RegExp(`\\s*[,;、，；]\\s*|\\s+(?:${LIST_JOINERS.join('|')})\\s+`, 'iu');
const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * "Otava Huumarkangas, Emma Miikkulainen", "Mikaela Lindberg, Emma Miikkulainen,Patrik Mäkelä",
 * "张三、李四": several people written as one cell or line, each holding its post. Every part must
 * be a whole name on its own, two words or more or a Chinese name: "Müller, Hans" is one person
 * written surname first, "Anna Berg, MBA" one person and a degree. Undefined when not a list.
 */
export function namesInList(text: string): string[] | undefined {
  if (!LIST_SEPARATOR.test(text)) return undefined;
  const parts = text.split(LIST_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2 || parts.length > 12) return undefined;
  // Two Han characters name a place as often as a person ("江苏、浙江"): each must open with a
  // surname the lists know.
  const whole = (part: string) =>
    (ALL_HAN.test(part) ? chineseSurnames.has(part.charAt(0)) : part.includes(' ')) &&
    !isDegree(part) &&
    looksLikeName(part);
  return parts.every(whole) ? parts : undefined;
}

/**
 * "Начальник гаража Галдин Михаил Николаевич", "Geschäftsführer Hans Berg": a post written before
 * the name in one run of text, parted where a whole name of two or three words ends it.
 */
export function postBeforeName(text: string): { post: string; name: string } | undefined {
  const words = text.split(' ');
  for (const n of [3, 2]) {
    if (words.length <= n) continue;
    const name = words.slice(-n).join(' ');
    const post = words.slice(0, -n).join(' ');
    if (looksLikeName(name) && looksLikeTitle(post)) return { post, name };
  }
  return undefined;
}

/** "Juha Koljonen, puheenjohtaja", "Anna Berg – CFO": a name, then its post after a comma or dash. */
export function nameThenPost(text: string): { name: string; post: string } | undefined {
  const match = NAME_THEN_POST.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const [, name, post] = match;
  return looksLikeName(name) && looksLikeTitle(post) && !isDegree(post)
    ? { name, post }
    : undefined;
}

const NAME_THEN_POST = /^([^,，–—]{3,60}?)\s*(?:[,，]|\s[–—-])\s+(\S.{1,80})$/u;

/**
 * "Бахром<br>Шакиров", "Умурзаков Шавкат <br> Буранович": a name broken over two lines to fit a
 * card. The two lines are one name when a given name stands alone above the rest, or a
 * patronymic alone below it, the second is no post, and together they read as a name.
 */
export function mendBrokenName(first: string, second: string): string | undefined {
  const patronymic = CYRILLIC_WORD.test(second) && PATRONYMIC.test(second);
  if (first.includes(' ') && !patronymic) return undefined;
  const text = `${first} ${second}`;
  return !looksLikeTitle(second) && looksLikeName(text) ? text : undefined;
}

/** Particles that stay lower case inside western names. */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ter',
  'ten',
  'zu',
  'y',
  'e',
  'af',
  'av',
]);

/** A capitalised word of letters: hyphens, apostrophes, initials and "McAllister" allowed. */
function isNameWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  return /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*\.?$|^\p{Lu}{2,}$/u.test(
    word,
  );
}

/**
 * Capitalised function words of headlines and product names ("Markets Rally As Prices Fall",
 * "Neue Studie Zur Energiewende"): a person's name never holds one.
 */
const HEADLINE_WORDS = new Set([
  'The',
  'And',
  'Or',
  'Of',
  'In',
  'On',
  'At',
  'For',
  'With',
  'As',
  'By',
  'From',
  'Is',
  'Are',
  'Was',
  'Be',
  'New',
  'How',
  'Why',
  'What',
  'When',
  'Your',
  'Our',
  'Not',
  'All',
  'Die',
  'Das',
  'Und',
  'Für',
  'Mit',
  'Zur',
  'Zum',
  'Ein',
  'Eine',
  'Neue',
  'Neuer',
  'Untuk',
  'Dengan',
  'Dan',
  'Yang',
  'Atau',
  'Dari',
]);

/** Words that make a capitalised run an organisation ("Globex Corporation", "Initech Solutions"). */
const ORGANISATION_WORDS = new Set([
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Corporation',
  'Company',
  'Co.',
  'Ltd',
  'Ltd.',
  'LLC',
  'LLP',
  'PLC',
  'Plc',
  'GmbH',
  'AG',
  'KG',
  'SE',
  'Oy',
  'Oyj',
  'Tbk',
  'Group',
  'Gruppe',
  'Holding',
  'Holdings',
  'Solutions',
  'Systems',
  'Technologies',
  'Technology',
  'Industries',
  'Labs',
  'Software',
  'Services',
  'Consulting',
  'Partners',
  'Capital',
  'Ventures',
  'Bank',
  'Health',
  'Healthcare',
  'Media',
  'Studio',
  'Studios',
  'Agency',
  'Network',
  'Networks',
  'International',
  'Global',
  'University',
  'Universität',
  'Universitas',
  'Yliopisto',
  'College',
  'School',
  'Schule',
  'Grundschule',
  'Gymnasium',
  'Kindergarten',
  'Kindertagesstätte',
  'Kita',
  'Kirche',
  'Gemeinde',
  'Kirchengemeinde',
  'Academy',
  'Institute',
  'Institut',
  'Foundation',
  'Stiftung',
  'Association',
  'Verein',
  'Society',
  'Council',
  'Ministry',
  'Department',
  'Court',
  'Amtsgericht',
  'Landgericht',
  'Registergericht',
  'Käräjäoikeus',
  'Museum',
  'Hospital',
  'Clinic',
  'Hotel',
  'Restaurant',
  'Center',
  'Centre',
  'Club',
  'Team',
  'Project',
  'News',
  'Times',
  'Magazine',
  'Press',
  'Банк',
  'Компания',
  'Группа',
]);

/** A name column's own heading, written in a plain cell. */
const COLUMN_LABEL =
  /^(?:name|names|nama|nimi|имя|фио|姓名|名字|vorname|nachname|full name|person)$/iu;

/** A nickname in quotes inside a name ('Yukihiro "Matz" Matsumoto') is not a word to judge. */
const NICKNAME = /\s["“„'‘«][^"”“'’»]{1,30}["”“'’»]\s/gu;
/**
 * Characters of bodies and posts that personal names do not use ("监事会", "经营班子", "财务部"),
 * and the words of contact details and site furniture ("联系电话", "办公地址", "查看详情").
 */
const CHINESE_NOT_NAME =
  /[会部室处组队班司局厅委团]|中心|领导|成员|简介|董事|监事|经理|总监|主任|电话|邮箱|传真|地址|网址|邮编|联系|姓名|职务|名称|首页|关于|我们|产品|服务|招聘|登录|注册|更多|详情|查看|下载|新闻|动态|时间|日期/u;

/** "林思远 Lin Siyuan" or "Marcus Feldberg 费德伯": a Chinese name beside its Latin form. */
const BILINGUAL =
  /^(\p{Script=Han}+) ([\p{Script=Latin}\s.'’-]+)$|^([\p{Script=Latin}\s.'’-]+) (\p{Script=Han}+)$/u;
const CHINESE_NAME = /^[\p{Script=Han}]{2,4}$|^[\p{Script=Han}]{1,6}[·・][\p{Script=Han}]{1,8}$/u;
const CYRILLIC_WORD = /^(?=\p{Script=Cyrillic})\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const CYRILLIC_INITIALS = /^(?:(?=\p{Script=Cyrillic})\p{Lu}\.){1,2}$/u;
const PATRONYMIC = /(?:вич|вна|чна|ична|оглы|кызы)$/u;

/** "(Purn.)", "(Ret.)" after a rank, "(FH)" after a German degree: the only brackets a name may hold. */
const RETIRED = new RegExp(String.raw`\s*\((?:${BRACKETED_AFTER})\.?\)`, 'giu');

export interface NameOptions {
  /** A column or list where every entry is a name: single-word names are fine there. */
  allowSingleWord?: boolean;
}

/**
 * Does this short text read as a person's name (and not a post)? Western words capitalised (with particles
 * and initials), Cyrillic with optional patronymic, or 2–4 Chinese characters.
 */
export function looksLikeName(raw: string, options: NameOptions = {}): boolean {
  return options.allowSingleWord ? judgeName(raw, options) : strictName(raw);
}

const strictName = memoByText((raw: string) => judgeName(raw, {}));

/**
 * A name written in capitals ("HELENA VARGA-PRICE", "MARGARET O'NEILL") is judged as it would be
 * written otherwise; one capitalised word stays as it is (an acronym, not a shouted name).
 */
function unshout(text: string): string {
  if (!text.includes(' ') || /\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(
      /(^|[\s\-'’.])(\p{L})/gu,
      (_match, edge: string, letter: string) => edge + letter.toUpperCase(),
    );
}

function judgeName(raw: string, options: NameOptions): boolean {
  if (raw.length < 2 || raw.length > 90) return false;
  const unquoted = (raw.includes(' ') ? raw.replace(NICKNAME, ' ') : raw)
    .replace(RETIRED, '')
    .replace(TRAILING_TAG, '')
    .replace(EDGE_MARKS, '');
  // Cheap shape checks first: most text on a page fails them before any pattern runs.
  if (/[\d@#/\\:;!?()[\]{}<>=+*&%$|"“”]/u.test(unquoted)) return false;
  const text = unshout(cleanName(stripHonorifics(unquoted)));
  if (text.length < 2 || text.length > 60 || nobody(text)) return false;
  // "Chief Executive Officer" and "Bupati Bogor" are capitalised too: posts, not people.
  if (hasRoleWord(text) || namesAnOffice(text)) return false;
  if (/[\d@#/\\:;!?()[\]{}<>=+*&%$|"“”]/u.test(text)) return false;
  if (CHINESE_NAME.test(text)) return !CHINESE_NOT_NAME.test(text);
  const bilingual = BILINGUAL.exec(text);
  if (bilingual) {
    const [, hanFirst, latinAfter, latinFirst, hanAfter] = bilingual;
    const han = hanFirst ?? hanAfter ?? '';
    const latin = latinAfter ?? latinFirst ?? '';
    return CHINESE_NAME.test(han) && !CHINESE_NOT_NAME.test(han) && judgeName(latin, {});
  }
  let words = text.split(' ');
  // In a column of names, trailing short capitals are degrees or initials ("Budi HS", "ST").
  if (options.allowSingleWord) {
    while (
      words.length > 1 &&
      /^(?:\p{Lu}{1,4}|(?:\p{Lu}{1,2}\.){1,4}\p{Lu}?)$/u.test(words.at(-1) ?? '')
    ) {
      words = words.slice(0, -1);
    }
    if (/^\p{Lu}{1,3}\.$/u.test(words[0] ?? '') && words.length > 1) words = words.slice(1);
  }
  if (words.length > 5) return false;
  if (words.length === 1 && !options.allowSingleWord) return false;
  if (words.every((w) => CYRILLIC_WORD.test(w))) {
    return words.length <= 3 || PATRONYMIC.test(words.at(-1) ?? '');
  }
  // "Зайнуллин Р. Ф.", "Р.Ф. Зайнуллин": a surname with initials.
  if (words.length <= 4 && words.every((w) => CYRILLIC_WORD.test(w) || CYRILLIC_INITIALS.test(w))) {
    return words.filter((w) => CYRILLIC_WORD.test(w)).length === 1;
  }
  if (!words.every(isNameWord)) return false;
  if (words.some((w) => HEADLINE_WORDS.has(w) || ORGANISATION_WORDS.has(w))) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (PARTICLES.has(first.toLowerCase()) && first === first.toLowerCase()) return false;
  if (PARTICLES.has(last)) return false;
  // All-caps words are acronyms (CEO, NASA) unless the whole name is shouted.
  const caps = words.filter((w) => /^\p{Lu}{2,}$/u.test(w)).length;
  if (caps > 0 && caps < words.length) return false;
  if (caps > 0 && words.length === 1) return false;
  return words.some((w) => /\p{Ll}/u.test(w) || /^\p{Lu}{2,}$/u.test(w));
}

/** A shared line or desk, not a person: "Отдел продаж", "Myynti", "Vertriebsinnendienst", "Sales team". */
const GENERIC_CONTACT = new RegExp(
  `(?:^|[\\s_-])(?:${[
    'sales|support|service|reception|office|team|desk|hotline|switchboard|enquiries|inquiries|admin|accounts|billing',
    'vertrieb\\p{L}*|\\p{L}*dienst|kundenservice|zentrale|büro|sekretariat|empfang|\\p{L}*abteilung|bereitschaft|pressestelle|presse|datenschutz',
    'отдел\\p{L}*|служба|склад\\p{L}*|приёмная|приемная|бухгалтерия|общий',
    'myynti\\p{L}*|asiakaspalvelu|vaihde|huolto\\p{L}*|toimisto|laskutus|tilaukset|varaosa\\p{L}*|päivystys',
    'penjualan|layanan|kantor|bagian umum|cabang|perwakilan|gudang',
    'press office|media relations|privacy|data protection',
  ].join('|')})(?:$|[\\s_])`,
  'iu',
);

/** Days of the week head reception hours ("Понедельник: Мельников А. В."): never a name. */
const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|senin|selasa|rabu|kamis|jumat|sabtu|minggu|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)$/iu;

/** A post nobody holds yet: "(lowong)", "N.N.", "vacant", "вакансия", "空缺"; or any text in brackets alone. */
const PLACEHOLDER =
  /^[(（[].*[)）\]]$|^(?:n\.?\s?n\.?|vacant|vacancy|tbd|tba|to be (?:announced|appointed)|lowong|kosong|offen|vakant|avoin(?: tehtävä| virka)?|вакан\p{L}*|空缺|暂缺|待定)$/iu;

/** A shared desk or a post nobody holds: "Parts Desk", "Accounts", "N.N.", "Vacant". */
export function namesNobody(raw: string): boolean {
  return nobody(cleanName(raw));
}

/** namesNobody for a text already cleaned. */
function nobody(text: string): boolean {
  return (
    PLACEHOLDER.test(text) ||
    GENERIC_CONTACT.test(text) ||
    WEEKDAY.test(text) ||
    NOT_A_NAME.test(text) ||
    HAN_ORGANISATION.test(text)
  );
}

/** A company written in Han characters ("源國投資(股)公司", "…集团", "…有限"): no one's name. */
const HAN_ORGANISATION = /公司|集[团團]|[(（]股[)）]|股份|有限|事务所|事務所/u;

/** A site's section ("Tentang Kami") or a field's label ("Nama Lengkap") standing alone. */
const NOT_A_NAME = new RegExp(
  `^(?:${[...SITE_SECTIONS, ...FIELD_LABELS.name].join('|')})[:：]?$`,
  'iu',
);

/**
 * In a slot or column that a page's template keeps for names, accept what a strict reading
 * would not: handles, single names, "GU Yiling", mixed scripts. Reject what plainly is not one.
 */
export const plausibleName = memoByText((raw: string): boolean => {
  const text = cleanName(raw);
  if (text.length < 2 || text.length > 80) return false;
  if (/[\d@/\\:;!?[\]{}<>=+*&%$|]|https?|www\./u.test(text)) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (nobody(text)) return false;
  if (text.split(' ').some((word) => ORGANISATION_WORDS.has(word))) return false;
  if (COLUMN_LABEL.test(text)) return false;
  const bare = stripHonorifics(text);
  const words = bare.split(' ');
  if (words.length > 6 || readsAsPhrase(words)) return false;
  return !hasRoleWord(bare) && !namesAnOffice(bare);
});

/**
 * Three words or more, two of them in lower case and no particle: a phrase ("Здесь можешь
 * быть ты", "Your name here"), not a name. Scripts without case never read so.
 */
function readsAsPhrase(words: readonly string[]): boolean {
  if (words.length < 3) return false;
  let lower = 0;
  for (const word of words) {
    if (/^\p{Ll}/u.test(word) && !PARTICLES.has(word)) lower++;
  }
  return lower >= 2;
}

/** Animals, in the six languages: office pets share the team grid with a joke title. */
const ANIMAL = new RegExp(
  [
    '(?<![\\p{L}])(?:cat|kitten|dog|puppy|spaniel|retriever|terrier|labrador|beagle|poodle|corgi|dachshund|pug|collie|husky|mascot|parrot|rabbit)s?(?![\\p{L}])',
    '(?<![\\p{L}])(?:кот|кош|пёс|пес|собак|щен|талисман)',
    '(?:hund|katze|kater|dackel|maskottchen|kissa|koira|maskotti)(?![\\p{L}])',
    '(?<![\\p{L}])(?:kucing|anjing|maskot)(?![\\p{L}])',
    '[猫狗犬]|吉祥物',
  ].join('|'),
  'iu',
);

/** One word named beside an animal ("Бублик — офисный кот", "Biscuit the office spaniel"): a pet. */
export function isPet(name: string, ...about: ReadonlyArray<string | undefined>): boolean {
  if (!about.some((text) => text !== undefined && ANIMAL.test(text))) return false;
  return !stripHonorifics(cleanName(name)).includes(' ');
}
