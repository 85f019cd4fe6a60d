/**
 * The words around a person's name in our six languages (en, ru, zh, id, fi, de) that are not
 * the given name or the surname: suffixes and degrees after it, titles before it, particles
 * that belong to the surname. Data, each with an example, so a missing word is a one-line fix.
 */

/** After the surname, kept with it: "Robert O'Neil, Jr.", "Budi Santoso, S.H., M.Si." */
const SUFFIXES: readonly (readonly [word: string, example: string])[] = [
  ['jr', "Robert O'Neil, Jr."],
  ['sr', 'John Smith Sr.'],
  ['ii', 'John Smith II'],
  ['iii', 'Thurston Howell III'],
  ['iv', 'John Smith IV'],
  ['v', 'John Smith V'],
  ['phd', 'Jane Doe, PhD'],
  ['md', 'Jane Doe, MD'],
  ['mba', 'Jane Doe, MBA'],
  ['cpa', 'Jane Doe, CPA'],
  ['esq', 'Jane Doe, Esq.'],
  ['dds', 'Jane Doe, DDS'],
  ['jd', 'Jane Doe, JD'],
  ['msc', 'Jane Doe, MSc'],
  ['bsc', 'Jane Doe, BSc'],
  ['mph', 'Jane Doe, MPH'],
  // Indonesian degrees follow the name.
  ['sh', 'Budi Santoso, S.H.'],
  ['se', 'Budi Santoso, S.E.'],
  ['st', 'Budi Santoso, S.T.'],
  ['skom', 'Budi Santoso, S.Kom.'],
  ['msi', 'Budi Santoso, M.Si.'],
  ['mm', 'Budi Santoso, M.M.'],
  ['mt', 'Budi Santoso, M.T.'],
  ['mkom', 'Budi Santoso, M.Kom.'],
  // Finnish degrees, written after the name on Finnish team pages.
  ['ktm', 'Matti Virtanen, KTM'],
  ['di', 'Matti Virtanen, DI'],
  ['fm', 'Anna Korhonen, FM'],
  ['ktt', 'Anna Korhonen, KTT'],
];

/** Before the given name, kept with it: "Dr. Anna Schmidt", "Bapak Budi Santoso". */
const PREFIXES: readonly (readonly [word: string, example: string])[] = [
  ['mr', 'Mr. John Smith'],
  ['mrs', 'Mrs. Jane Smith'],
  ['ms', 'Ms. Jane Smith'],
  ['mx', 'Mx. Sam Smith'],
  ['dr', 'Dr. Anna Schmidt'],
  ['prof', 'Prof. Anna Schmidt'],
  ['sir', 'Sir John Smith'],
  ['dame', 'Dame Judi Dench'],
  ['herr', 'Herr Thomas Müller'],
  ['frau', 'Frau Anna Schmidt'],
  ['dipl-ing', 'Dipl.-Ing. Thomas Müller'],
  ['ing', 'Ing. Thomas Müller'],
  ['bapak', 'Bapak Budi Santoso'],
  ['ibu', 'Ibu Sri Wahyuni'],
  ['pak', 'Pak Budi Santoso'],
  ['bu', 'Bu Sri Wahyuni'],
  ['ir', 'Ir. Budi Santoso'],
  ['drs', 'Drs. Budi Santoso'],
  ['dra', 'Dra. Sri Wahyuni'],
  ['h', 'H. Budi Santoso'],
  ['hj', 'Hj. Sri Wahyuni'],
  ['г-н', 'г-н Иван Петров'],
  ['г-жа', 'г-жа Анна Петрова'],
  ['д-р', 'д-р Иван Петров'],
  ['проф', 'проф. Иван Петров'],
];

/** Lower-case words that open a surname: "Ludwig van Beethoven", "Otto von Bismarck". */
const PARTICLES: readonly (readonly [word: string, example: string])[] = [
  ['van', 'Ludwig van Beethoven'],
  ['von', 'Otto von Bismarck'],
  ['vom', 'Karl vom Stein'],
  ['zu', 'Karl zu Guttenberg'],
  ['zum', 'Hans zum Felde'],
  ['zur', 'Anna zur Linde'],
  ['der', 'Rogier van der Weyden'],
  ['den', 'Joop van den Ende'],
  ['ter', 'Gerard ter Borch'],
  ['ten', 'Corrie ten Boom'],
  ['de', 'Charles de Gaulle'],
  ['del', 'Andrea del Sarto'],
  ['della', 'Luca della Robbia'],
  ['di', 'Leonardo di Caprio'],
  ['da', 'Leonardo da Vinci'],
  ['du', 'Joachim du Bellay'],
  ['la', 'Jean la Fontaine'],
  ['le', 'Jean le Rond'],
  ['dos', 'José dos Santos'],
  ['das', 'Maria das Dores'],
  ['do', 'Maria do Carmo'],
  ['bin', 'Ahmad bin Ismail'],
  ['binti', 'Siti binti Ahmad'],
  ['al', 'Omar al Farouk'],
  ['ван', 'Людвиг ван Бетховен'],
  ['фон', 'Отто фон Бисмарк'],
  ['де', 'Шарль де Голль'],
  ['дер', 'Рогир ван дер Вейден'],
  ['ди', 'Леонардо ди Каприо'],
  ['да', 'Леонардо да Винчи'],
  ['ла', 'Жан ла Фонтен'],
];

/** Dots, commas and hyphens do not tell "Jr." from "jr" or "Ph.D." from "PhD". */
function wordKey(token: string): string {
  return token.toLowerCase().replace(/[.,]/gu, '');
}

const SUFFIX_KEYS = new Set(SUFFIXES.map(([word]) => word.replace(/-/gu, '')));
const PREFIX_KEYS = new Set(PREFIXES.map(([word]) => word));
const PARTICLE_KEYS = new Set(PARTICLES.map(([word]) => word));

/**
 * "Jr.", "III", "PhD", "Ph.D.", "S.H.": a suffix or degree after a name. Short acronyms that
 * are also given names or surnames elsewhere (Di, Fm) count only in capitals or with dots.
 */
export function isNameSuffix(token: string): boolean {
  // The longest, "M.Kom.,", has 7 characters: most words are longer and need no key.
  if (token.length > 8) return false;
  const key = wordKey(token).replace(/-/gu, '');
  if (!SUFFIX_KEYS.has(key)) return false;
  if (key.length > 2 || token.includes('.')) return true;
  return token.replace(/[.,]/gu, '') === token.replace(/[.,]/gu, '').toUpperCase();
}

/** "Dr.", "Prof.", "Herr", "Bapak", "г-н": a form of address or title before a name. */
export function isNamePrefix(token: string): boolean {
  // The longest, "Dipl.-Ing.", has 10 characters.
  if (token.length > 11) return false;
  const key = wordKey(token);
  // "H." is Indonesian for Haji only with its dot: a bare "H" is an initial.
  if (key === 'h' || key === 'hj') return token.endsWith('.');
  return PREFIX_KEYS.has(key);
}

/** "van", "von", "de", "ван": lower case only, so the given name "Van" stays a given name. */
export function isSurnameParticle(token: string): boolean {
  return token === token.toLowerCase() && PARTICLE_KEYS.has(token);
}

/** Every list, for the completeness test. */
export const NAME_WORDS = { SUFFIXES, PREFIXES, PARTICLES };
