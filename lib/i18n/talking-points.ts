/** One line per decision role on what that person cares about, to tailor the message on a call. */
import type { DecisionRole } from '../model';
import type { Localized } from './localized';

export const TALKING_POINTS: Readonly<Record<DecisionRole, Localized>> = {
  'economic-buyer': {
    en: 'Cares about business results and risk: lead with the outcome, the cost of doing nothing and a clear path to a decision.',
    ru: 'Важны бизнес-результат и риски: начните с эффекта, цены бездействия и понятного пути к решению.',
    zh: '关心业务结果和风险：先讲成效、不作为的代价，以及清晰的决策路径。',
    id: 'Peduli pada hasil bisnis dan risiko: mulai dari dampaknya, kerugian kalau diam saja, dan jalur keputusan yang jelas.',
    fi: 'Välittää liiketoiminnan tuloksista ja riskeistä: aloita hyödyistä, tekemättä jättämisen hinnasta ja selkeästä päätöspolusta.',
    de: 'Achtet auf Geschäftsergebnis und Risiko: Beginnen Sie mit dem Nutzen, den Kosten des Nichtstuns und einem klaren Weg zur Entscheidung.',
  },
  approver: {
    en: 'Wants to be sure the decision is sound: show who backs it, what it costs and how the risk is kept in check.',
    ru: 'Хочет быть уверен, что решение взвешенное: покажите, кто его поддерживает, сколько это стоит и как контролируются риски.',
    zh: '要确认决定靠得住：说明有谁支持、花多少钱、风险如何可控。',
    id: 'Ingin yakin keputusannya tepat: tunjukkan siapa yang mendukung, berapa biayanya, dan bagaimana risikonya dikendalikan.',
    fi: 'Haluaa varmuuden, että päätös on harkittu: kerro, kuka sitä tukee, mitä se maksaa ja miten riskit pidetään hallinnassa.',
    de: 'Will sicher sein, dass die Entscheidung trägt: Zeigen Sie, wer dahintersteht, was es kostet und wie das Risiko begrenzt wird.',
  },
  'budget-holder': {
    en: 'Cares about return on investment: show the payback time, the total cost and that there are no surprises.',
    ru: 'Важна окупаемость: покажите срок возврата вложений, полную стоимость и отсутствие скрытых расходов.',
    zh: '关心投资回报：讲清回本周期、总成本，以及没有隐藏费用。',
    id: 'Peduli pada ROI: tunjukkan masa balik modal, total biaya, dan pastikan tidak ada biaya tersembunyi.',
    fi: 'Välittää sijoitetun pääoman tuotosta: näytä takaisinmaksuaika, kokonaiskustannus ja ettei yllätyksiä tule.',
    de: 'Achtet auf den ROI: Zeigen Sie Amortisationszeit, Gesamtkosten und dass keine Überraschungen drohen.',
  },
  'technical-evaluator': {
    en: 'Wants it safe and easy to integrate: cover security, standards and how little work it takes their team.',
    ru: 'Нужно, чтобы было безопасно и легко встраивалось: расскажите про безопасность, стандарты и минимальную нагрузку на команду.',
    zh: '要安全、好集成：讲清安全性、遵循的标准，以及给他们团队增加的工作量很小。',
    id: 'Ingin yang aman dan mudah diintegrasikan: bahas keamanan, standar, dan betapa ringannya beban untuk timnya.',
    fi: 'Haluaa turvallisen ja helposti integroitavan ratkaisun: käy läpi tietoturva, standardit ja kuinka vähän työtä se teettää tiimille.',
    de: 'Will es sicher und leicht integrierbar: Sprechen Sie über Sicherheit, Standards und wie wenig Aufwand es für das Team bedeutet.',
  },
  influencer: {
    en: 'Wants their view to count: ask for their opinion and give them something worth passing on.',
    ru: 'Хочет, чтобы с его мнением считались: спросите его точку зрения и дайте то, чем стоит поделиться с другими.',
    zh: '希望自己的意见被重视：主动请教，并给他值得转述的内容。',
    id: 'Ingin pendapatnya dihargai: tanyakan pandangannya dan beri bahan yang layak ia teruskan ke orang lain.',
    fi: 'Haluaa näkemyksensä huomioon: kysy hänen mielipidettään ja anna jotain, mitä kannattaa kertoa eteenpäin.',
    de: 'Will, dass seine Meinung zählt: Fragen Sie nach seiner Sicht und geben Sie ihm etwas, das er gern weitererzählt.',
  },
  user: {
    en: 'Wants the daily work to get easier: fewer steps, less manual work and a quick start.',
    ru: 'Хочет, чтобы ежедневная работа стала проще: меньше шагов, меньше ручной работы, быстрый старт.',
    zh: '希望日常工作更轻松：步骤更少、手工操作更少、上手更快。',
    id: 'Ingin pekerjaan sehari-hari lebih mudah: langkah lebih sedikit, lebih sedikit kerja manual, dan cepat dipakai.',
    fi: 'Haluaa arjen työn helpottuvan: vähemmän vaiheita, vähemmän käsityötä ja nopea alku.',
    de: 'Will, dass die tägliche Arbeit leichter wird: weniger Schritte, weniger Handarbeit, schneller Einstieg.',
  },
  procurement: {
    en: 'Cares about terms and compliance: clear pricing, a standard contract and documents ready on time.',
    ru: 'Важны условия и соответствие требованиям: прозрачные цены, типовой договор и документы вовремя.',
    zh: '关心条款与合规：价格透明、合同规范、文件按时到位。',
    id: 'Peduli pada syarat dan kepatuhan: harga yang jelas, kontrak standar, dan dokumen siap tepat waktu.',
    fi: 'Välittää ehdoista ja vaatimustenmukaisuudesta: selkeä hinnoittelu, vakiosopimus ja asiakirjat ajoissa.',
    de: 'Achtet auf Konditionen und Compliance: klare Preise, ein Standardvertrag und Unterlagen rechtzeitig.',
  },
  gatekeeper: {
    en: 'Guards other people’s time: be brief and relevant, and make it easy for them to pass you on.',
    ru: 'Бережёт чужое время: говорите коротко и по делу, чтобы ему было легко передать вас дальше.',
    zh: '守护领导的时间：简短切题，让他方便把你引荐过去。',
    id: 'Menjaga waktu atasannya: bicara singkat dan relevan, supaya mudah baginya meneruskan Anda.',
    fi: 'Suojelee muiden aikaa: ole lyhyt ja asiallinen, niin hänen on helppo ohjata sinut eteenpäin.',
    de: 'Schützt die Zeit anderer: Fassen Sie sich kurz und relevant, damit er Sie leicht weiterreichen kann.',
  },
  initiator: {
    en: 'Wants the problem they raised solved and their push proven right: show you understood it.',
    ru: 'Хочет, чтобы поднятая им проблема решилась и его инициатива оправдалась: покажите, что вы её поняли.',
    zh: '希望自己提出的问题被解决、证明当初的推动是对的：让他看到你真正理解了问题。',
    id: 'Ingin masalah yang ia angkat terselesaikan dan inisiatifnya terbukti tepat: tunjukkan bahwa Anda memahaminya.',
    fi: 'Haluaa esiin nostamansa ongelman ratkeavan ja aloitteensa osoittautuvan oikeaksi: näytä, että ymmärsit sen.',
    de: 'Will, dass das angesprochene Problem gelöst wird und sein Vorstoß sich auszahlt: Zeigen Sie, dass Sie es verstanden haben.',
  },
  champion: {
    en: 'Needs material to sell for you inside: give them the story, the numbers and answers to objections.',
    ru: 'Нужны аргументы, чтобы продвигать вас внутри: дайте ему историю, цифры и ответы на возражения.',
    zh: '需要在内部替你说话的弹药：给他完整的故事、数据和应对异议的说法。',
    id: 'Butuh bahan untuk memperjuangkan Anda di dalam: beri cerita, angka, dan jawaban atas keberatan.',
    fi: 'Tarvitsee aineksia myydäkseen puolestasi: anna tarina, luvut ja vastaukset vastaväitteisiin.',
    de: 'Braucht Material, um intern für Sie zu werben: Geben Sie ihm die Story, die Zahlen und Antworten auf Einwände.',
  },
};

/** For a person with no role yet: the talking point is to find out what they would gain. */
export const NO_ROLE_TALKING_POINT: Localized = {
  en: 'Role not clear yet: ask what would change for them if this works.',
  ru: 'Роль пока неясна: спросите, что изменится для него, если всё получится.',
  zh: '角色尚不明确：问问如果项目成功，对他来说会有什么变化。',
  id: 'Perannya belum jelas: tanyakan apa yang berubah baginya kalau ini berhasil.',
  fi: 'Rooli on vielä epäselvä: kysy, mitä hänelle muuttuisi, jos tämä onnistuu.',
  de: 'Rolle noch unklar: Fragen Sie, was sich für die Person ändert, wenn es klappt.',
};
