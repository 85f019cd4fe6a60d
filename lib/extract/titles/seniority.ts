/**
 * Words of seniority that mark a short text as a post, for detection's shape test (shape.ts).
 * Title reading itself uses the lexicon (read.ts); these patterns only say "a post is named".
 */
import { anywhere, ending, stem, word } from './patterns';

type Level = 'executive' | 'board' | 'vp' | 'director' | 'manager' | 'assistant';

/** Ordered from the most specific: an assistant to the CEO is an assistant, not a CEO. */
export const SENIORITY_RULES: ReadonlyArray<readonly [Level, readonly RegExp[]]> = [
  [
    'assistant',
    [
      word(
        '(?:executive |personal |administrative )?assistant(?! (?:director|manager|professor|vice))',
      ),
      word('executive secretary|personal secretary|secretary to|office assistant|receptionist'),
      word('sekretär\\p{L}*|sekretariat|assistent\\p{L}*|asisten|sekretaris|sihteeri|assistentti'),
      stem('секретар|помощник|ассистент|референт'),
      ending('assistent|assistentin|sekretärin|sekretär'),
      anywhere('秘书|助理|前台'),
    ],
  ],
  [
    'executive',
    [
      word(
        'ceo|cfo|cto|coo|cio|cmo|cpo|cro|cdo|cso|cco|cao|clo|cno|cxo|ciso|chro|cino|chief [\\p{L}\\s&,-]*officer|president(?!s)|ceo|founder|co-founder|cofounder',
      ),
      word('owner|managing director|general manager|executive director|managing partner'),
      word('direktur(?: utama)?|presiden direktur|direksi|toimitusjohtaja|omistaja|perustaja'),
      stem('geschäftsführ|vorstand|finanzvorstand|inhaber|gründer|finanzchef|generaldirektor'),
      stem('генеральн\\p{L}* директор|президент|основател|владел|управляющ\\p{L}* директор'),
      stem('(?:финансов|техническ|коммерческ|исполнительн|операционн|ИТ-|ит-)\\p{L}* директор'),
      ending(
        'johtaja(?<!apulaisjohtaja|osastonjohtaja|projektinjohtaja|puheenjohtaja)|vorstand|vorständin',
      ),
      anywhere('首席|总裁|总经理|执行官|创始人|执行董事'),
    ],
  ],
  [
    'board',
    [
      word('board|chairman|chairwoman|chairperson|chair|trustee|non-executive|supervisory'),
      word(
        'ketua|wakil ketua|dewan\\p{L}*|pembina|komisaris|pengawas|hallitus\\p{L}*|johtokun\\p{L}*|puheenjohtaja',
      ),
      word('varapuheenjohtaja|beirat|kuratorium'),
      stem('aufsichtsrat|vorsitz|председател|совет директор|член совета|правлени|наблюдательн'),
      ending('vorsitzender|vorsitzende|puheenjohtaja'),
      anywhere('董事|主席|理事'),
    ],
  ],
  [
    'vp',
    [
      word('vice president|vp|svp|evp|avp|senior vice president|deputy director|wakil direktur'),
      stem('вице-президент|заместител\\p{L}* генеральн|varatoimitusjohtaja'),
      anywhere('副总裁|副总经理|副总'),
    ],
  ],
  [
    'director',
    [
      word(
        'director|head|general counsel|direktor\\p{L}*|leitung|leiter\\p{L}*|kepala|kabid|kabag|johtaja|rector',
      ),
      stem('директор|руководител|начальник|глав[аы] |bereichsleit|abteilungsleit'),
      ending('leiter|leiterin|johtaja|direktor|direktorin'),
      anywhere('总监|主任|部长|负责人|院长|行长|处长'),
    ],
  ],
  [
    'manager',
    [
      word('manager|lead|leader|supervisor|team lead|foreman|superintendent|coordinator'),
      word('manajer|koordinator|kasubag|esimies|esihenkilö|teamleiter\\p{L}*|managerin'),
      stem('менеджер|заведующ|старш\\p{L}+ (?:менеджер|специалист)|главн|päällik'),
      ending('päällikkö|manager|managerin|vastaava'),
      anywhere('经理|主管|组长|科长'),
    ],
  ],
];
