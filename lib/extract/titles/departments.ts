/** Which function a title belongs to, in EN, RU, ZH, ID, FI and DE; first matching rule wins. */
import type { Department } from '../../model';
import { anywhere, ending, stem, word } from './patterns';

/** Ordered: specific functions before broad ones ("product marketing" is marketing). */
export const DEPARTMENT_RULES: ReadonlyArray<readonly [Department, readonly RegExp[]]> = [
  [
    'security',
    [
      word('ciso|cso|security|infosec|cybersecurity|sicherheit\\p{L}*|tietoturva\\p{L}*|keamanan'),
      stem('безопасност|информационн\\p{L}* безопасн'),
      ending('sicherheit|sicherheitsbeauftragter|tietoturva'),
      anywhere('信息安全|安全官|安全总监'),
    ],
  ],
  [
    'legal',
    [
      word('clo|gc|legal|counsel|attorney|lawyer|compliance|paralegal|hukum|legal officer'),
      word('general counsel|justiziar\\p{L}*|rechtsanwalt\\p{L}*|syndikus\\p{L}*|lakimies|juristi'),
      stem('recht|юри[сд]|правов|юрисконсульт|lakiasia'),
      ending('recht|jurist|juristin|lakimies'),
      anywhere('法务|法律|律师|合规'),
    ],
  ],
  [
    'procurement',
    [
      word(
        'procurement|purchasing|buyer|sourcing|vendor management|supply chain|pengadaan|pembelian',
      ),
      word('acquisitions?|contracting|contracts|deal desk'),
      stem('einkauf|eink[aä]ufer|beschaffung|закуп|снабжен|hankint|osto'),
      anywhere('采购|供应链'),
    ],
  ],
  [
    'finance',
    [
      word('cfo|finance|financial|treasurer|treasury|controller|controlling|accountant|accounting'),
      word(
        'fp&a|audit|auditor|tax|payroll|bookkeeper|investor relations|keuangan|bendahara|akuntan',
      ),
      word('audit internal|anggaran|rahastonhoitaja|kirjanpitäjä|kassenwart|schatzmeister\\p{L}*'),
      stem('finanz|buchhalt|финанс|бухгалт|казначе|экономист|talous|kirjanpi'),
      ending('finanzen|kasse|kassierer|kassiererin|buchhalter|buchhalterin|rahastonhoitaja'),
      anywhere('财务|会计|审计|风控|出纳|首席财务官|资金|金融'),
    ],
  ],
  [
    'hr',
    [
      word('chro|hr|human resources|people|talent|recruiting|recruiter|recruitment|hiring'),
      word('people-ops|people ops|sdm|personalia|henkilöstö\\p{L}*|rekrytointi\\p{L}*'),
      stem('personal|кадр|персонал|hr-|henkilöstö'),
      anywhere('人力|人事|招聘|人才'),
    ],
  ],
  [
    'marketing',
    [
      word('cmo|marketing|brand|communications|comms|pr|public relations|content|seo|growth'),
      word(
        'demand generation|demand gen|events?|community|outreach|documentation|developer relations|devrel',
      ),
      word('media|press|social media|humas|pemasaran|promosi|markkinointi\\p{L}*|viestintä\\p{L}*'),
      stem('pressereferent|kommunikation|маркетинг|пиар|реклам|markkinoin|mediap'),
      ending('marketing|pressereferentin|pressereferent|viestintä|mediapäällikkö'),
      anywhere('市场|营销|品牌|公关|宣传'),
    ],
  ],
  [
    'sales',
    [
      word('cro|sales|account executive|account manager|business development|bdr|sdr|revenue'),
      word('partnerships?|channel|commercial|penjualan|niaga|myynti\\p{L}*|kerjasama'),
      stem('vertrieb|verkauf|продаж|коммерческ|myynti|yritysyhteistyö|yhteistyö'),
      anywhere('销售|商务|业务拓展|渠道'),
    ],
  ],
  [
    'customer-service',
    [
      word('customer success|customer service|customer support|support|customer experience'),
      word('helpdesk|service desk|kundenservice|kundendienst|asiakaspalvelu\\p{L}*|layanan'),
      stem('поддержк|обслуживан клиент|asiakas'),
      anywhere('客服|客户服务|客户成功'),
    ],
  ],
  [
    'it',
    [
      word('cio|it|information technology|infrastructure|devops|sysadmin|system administrator'),
      word(
        'systems? engineer|network|helpdesk|teknologi informasi|ti|tietohallinto\\p{L}*|pilvi\\p{L}*',
      ),
      stem('информацион|ит-|айти|edv|tietohallin|tietotekn'),
      anywhere('信息|运维|网络'),
    ],
  ],
  [
    'engineering',
    [
      word('cto|engineering|engineer|developer|programmer|software|architect|technical|tech'),
      word('frontend|front-end|backend|back-end|full stack|fullstack|data|machine learning|ai|ml'),
      word('qa|sre|platform|r&d|research and development|teknik|pengembangan|penelitian'),
      stem('entwickl|programmier|ingenieur|technik|технич|инженер|разработ|программ|insinööri'),
      stem('kehittäjä|ohjelmoi|teknologia|tekninen'),
      ending('entwickler|entwicklerin|programmierer|programmiererin|ingenieur|ingenieurin|technik'),
      anywhere('技术|研发|工程师|开发|架构|首席技术官'),
    ],
  ],
  [
    'product',
    [
      word('cpo|product|design|designer|ux|ui|user experience|research|researcher|produk'),
      stem('produkt|продукт|дизайн|tuote'),
      anywhere('产品|设计'),
    ],
  ],
  [
    'operations',
    [
      word('coo|operations|ops|logistics|facilities|office manager|administration|admin'),
      word('operasional|operasi|organisasi|sekretariat|kesekretariatan|tapahtuma\\p{L}*'),
      stem('betrieb|büroleit|logisti|операцион|производств|хозяйств|administr|toiminn|sekretariat'),
      ending('betrieb|büroleiter|büroleiterin|tapahtumapäällikkö'),
      anywhere('运营|行政|物流|生产'),
    ],
  ],
  [
    'executive',
    [
      word('ceo|president|founder|co-founder|cofounder|owner|managing director|general manager'),
      word('chairman|chairwoman|chairperson|chair|board|executive director|principal|partner'),
      word('direktur utama|presiden direktur|ketua|wakil ketua|dewan\\p{L}*|pembina|komisaris'),
      word('puheenjohtaja|varapuheenjohtaja|hallitus\\p{L}*|toimitusjohtaja|omistaja|perustaja'),
      stem('geschäftsführ|vorstand|vorsitz|inhaber|gründer|gesellschafter|aufsichtsrat|prokurist'),
      stem('генеральн|президент|председател|основател|владел|управляющ|правлени|совет директор'),
      ending('vorstand|vorsitzender|vorsitzende|toimitusjohtaja|puheenjohtaja'),
      anywhere('首席执行官|总裁|总经理|董事|主席|创始人|合伙人|行政总裁'),
    ],
  ],
];
