/** Recognises junior job titles in the six languages, to flag a doubtful decision-maker tag. */

interface Marker {
  text: string;
  /**
   * word: the whole word (English "intern" must not match "international");
   * prefix: a word starting with it (Russian and Indonesian inflect and affix);
   * part: anywhere (Finnish and German compound, Chinese has no spaces).
   */
  match: 'word' | 'prefix' | 'part';
}

const JUNIOR_MARKERS: readonly Marker[] = [
  // English
  { text: 'intern', match: 'word' },
  { text: 'interns', match: 'word' },
  { text: 'internship', match: 'word' },
  { text: 'assistant', match: 'word' },
  { text: 'coordinator', match: 'word' },
  { text: 'junior', match: 'part' },
  { text: 'jr', match: 'word' },
  { text: 'trainee', match: 'part' },
  { text: 'apprentice', match: 'word' },
  { text: 'working student', match: 'word' },
  // Russian (ё is folded to е before matching)
  { text: 'стажер', match: 'prefix' },
  { text: 'практикант', match: 'prefix' },
  { text: 'ассистент', match: 'prefix' },
  { text: 'помощни', match: 'prefix' },
  { text: 'координатор', match: 'prefix' },
  { text: 'младш', match: 'prefix' },
  { text: 'секретар', match: 'prefix' },
  // Chinese
  { text: '实习', match: 'part' },
  { text: '见习', match: 'part' },
  { text: '助理', match: 'part' },
  { text: '协调员', match: 'part' },
  { text: '初级', match: 'part' },
  { text: '秘书', match: 'part' },
  { text: '文员', match: 'part' },
  // Indonesian
  { text: 'magang', match: 'part' },
  { text: 'asisten', match: 'prefix' },
  { text: 'koordinator', match: 'prefix' },
  { text: 'sekretaris', match: 'prefix' },
  { text: 'staf', match: 'word' },
  // Finnish
  { text: 'harjoittelija', match: 'part' },
  { text: 'assistentti', match: 'part' },
  { text: 'avustaja', match: 'part' },
  { text: 'koordinaattori', match: 'part' },
  { text: 'sihteeri', match: 'part' },
  { text: 'nuorempi', match: 'prefix' },
  // German
  { text: 'praktikant', match: 'part' },
  { text: 'werkstudent', match: 'part' },
  { text: 'auszubildend', match: 'part' },
  { text: 'azubi', match: 'part' },
  { text: 'assistent', match: 'part' },
  { text: 'assistenz', match: 'part' },
  { text: 'koordinator', match: 'part' },
  { text: 'sekretär', match: 'part' },
];

/** Senior titles that contain a junior word; seeing one of these clears the title. */
const SENIOR_EXCEPTIONS: readonly string[] = [
  'assistant vice president',
  'assistant general manager',
  'assistant director',
  'генеральный секретарь',
  '助理总',
  '助理副总',
  'pääsihteeri',
  'valtiosihteeri',
  'generalsekretär',
  'staatssekretär',
];

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pattern(marker: Marker): RegExp {
  const body = escapeRegExp(marker.text);
  if (marker.match === 'part') return new RegExp(body, 'u');
  const tail = marker.match === 'word' ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}`, 'u');
}

const PATTERNS = JUNIOR_MARKERS.map(pattern);

export function isJuniorTitle(title: string | undefined): boolean {
  if (!title) return false;
  const folded = fold(title);
  if (SENIOR_EXCEPTIONS.some((senior) => folded.includes(senior))) return false;
  return PATTERNS.some((re) => re.test(folded));
}
