/** Decision-role names and one-line descriptions in the six languages (the canonical vocabulary). */
import type { DecisionRole } from '../model';
import type { Localized } from './localized';

export interface RoleText {
  label: Localized;
  description: Localized;
}

export const ROLE_TEXT: Readonly<Record<DecisionRole, RoleText>> = {
  'economic-buyer': {
    label: {
      en: 'Economic buyer',
      ru: 'ЛПР',
      zh: '决策者',
      id: 'Pengambil keputusan',
      fi: 'Päätöksentekijä',
      de: 'Entscheider',
    },
    description: {
      en: 'Makes the final decision and owns the money.',
      ru: 'Принимает окончательное решение и распоряжается деньгами.',
      zh: '拍板做最终决定，并掌握资金。',
      id: 'Membuat keputusan akhir dan memegang dananya.',
      fi: 'Tekee lopullisen päätöksen ja päättää rahoista.',
      de: 'Trifft die finale Entscheidung und verfügt über das Geld.',
    },
  },
  approver: {
    label: {
      en: 'Approver',
      ru: 'Утверждающий',
      zh: '审批者',
      id: 'Pemberi persetujuan',
      fi: 'Hyväksyjä',
      de: 'Freigeber',
    },
    description: {
      en: 'Signs off above the decision: board, CEO or committee.',
      ru: 'Утверждает решение сверху: совет директоров, гендиректор или комитет.',
      zh: '在决策之上签字批准：董事会、CEO或委员会。',
      id: 'Menyetujui di atas keputusan tim: direksi, CEO, atau komite.',
      fi: 'Hyväksyy päätöksen ylempänä: hallitus, toimitusjohtaja tai johtoryhmä.',
      de: 'Gibt über der Entscheidung frei: Vorstand, Geschäftsführung oder Gremium.',
    },
  },
  'budget-holder': {
    label: {
      en: 'Budget holder',
      ru: 'Владелец бюджета',
      zh: '预算负责人',
      id: 'Pemegang anggaran',
      fi: 'Budjetin omistaja',
      de: 'Budgetverantwortlicher',
    },
    description: {
      en: 'Approves or blocks the budget.',
      ru: 'Выделяет бюджет или блокирует его.',
      zh: '批准或卡住预算。',
      id: 'Menyetujui atau menahan anggaran.',
      fi: 'Myöntää tai jäädyttää budjetin.',
      de: 'Gibt das Budget frei oder blockiert es.',
    },
  },
  'technical-evaluator': {
    label: {
      en: 'Technical evaluator',
      ru: 'Технический эксперт',
      zh: '技术评估者',
      id: 'Evaluator teknis',
      fi: 'Tekninen arvioija',
      de: 'Technischer Prüfer',
    },
    description: {
      en: 'Judges fit, security and integration.',
      ru: 'Оценивает совместимость, безопасность и интеграцию.',
      zh: '评估适配性、安全性和集成。',
      id: 'Menilai kecocokan, keamanan, dan integrasi.',
      fi: 'Arvioi sopivuuden, tietoturvan ja integraation.',
      de: 'Bewertet Eignung, Sicherheit und Integration.',
    },
  },
  influencer: {
    label: {
      en: 'Influencer',
      ru: 'Влияющий на решение',
      zh: '影响者',
      id: 'Pemberi pengaruh',
      fi: 'Vaikuttaja',
      de: 'Einflussnehmer',
    },
    description: {
      en: 'Shapes opinions without deciding; may be an outside adviser.',
      ru: 'Формирует мнение, но не решает; может быть и внешним советником.',
      zh: '影响看法但不做决定，也可能是外部顾问。',
      id: 'Membentuk pendapat tanpa memutuskan; bisa juga penasihat dari luar.',
      fi: 'Muokkaa mielipiteitä päättämättä itse; voi olla myös ulkopuolinen neuvonantaja.',
      de: 'Prägt Meinungen, ohne zu entscheiden; kann auch ein externer Berater sein.',
    },
  },
  user: {
    label: {
      en: 'User',
      ru: 'Пользователь',
      zh: '使用者',
      id: 'Pengguna',
      fi: 'Käyttäjä',
      de: 'Anwender',
    },
    description: {
      en: 'Will use the product day to day.',
      ru: 'Будет пользоваться продуктом каждый день.',
      zh: '日常使用产品的人。',
      id: 'Akan memakai produk ini sehari-hari.',
      fi: 'Käyttää tuotetta päivittäin.',
      de: 'Arbeitet täglich mit dem Produkt.',
    },
  },
  procurement: {
    label: {
      en: 'Procurement',
      ru: 'Закупки',
      zh: '采购',
      id: 'Pengadaan',
      fi: 'Hankinta',
      de: 'Einkauf',
    },
    description: {
      en: 'Runs the purchase, the contract and the vendor terms.',
      ru: 'Ведёт закупку, договор и условия с поставщиком.',
      zh: '负责采购流程、合同和供应商条款。',
      id: 'Mengurus pembelian, kontrak, dan syarat vendor.',
      fi: 'Hoitaa oston, sopimuksen ja toimittajaehdot.',
      de: 'Verantwortet Einkauf, Vertrag und Lieferantenbedingungen.',
    },
  },
  gatekeeper: {
    label: {
      en: 'Gatekeeper',
      ru: 'Привратник',
      zh: '守门人',
      id: 'Penjaga akses',
      fi: 'Portinvartija',
      de: 'Gatekeeper',
    },
    description: {
      en: 'Controls access to people and the flow of information.',
      ru: 'Решает, кто до кого доберётся и какая информация куда попадёт.',
      zh: '把控接触决策人的通道和信息流向。',
      id: 'Mengendalikan akses ke orang-orang dan arus informasi.',
      fi: 'Päättää, kuka pääsee kenenkin puheille ja mikä tieto kulkee eteenpäin.',
      de: 'Steuert den Zugang zu Personen und den Informationsfluss.',
    },
  },
  initiator: {
    label: {
      en: 'Initiator',
      ru: 'Инициатор',
      zh: '发起者',
      id: 'Inisiator',
      fi: 'Aloitteentekijä',
      de: 'Initiator',
    },
    description: {
      en: 'Noticed the problem first and started the search.',
      ru: 'Первым заметил проблему и запустил поиск решения.',
      zh: '最早发现问题并开始寻找方案的人。',
      id: 'Pertama kali menyadari masalahnya dan memulai pencarian solusi.',
      fi: 'Huomasi ongelman ensimmäisenä ja käynnisti ratkaisun etsinnän.',
      de: 'Hat das Problem zuerst erkannt und die Suche angestoßen.',
    },
  },
  champion: {
    label: {
      en: 'Champion',
      ru: 'Чемпион',
      zh: '内部推动者',
      id: 'Pendukung internal',
      fi: 'Puolestapuhuja',
      de: 'Champion',
    },
    description: {
      en: 'Sells for you inside the account and keeps you informed.',
      ru: 'Продвигает вас внутри компании и держит в курсе.',
      zh: '在客户内部替你推动，并及时通风报信。',
      id: 'Memperjuangkan Anda di dalam perusahaan dan memberi Anda informasi.',
      fi: 'Myy puolestasi asiakkaan sisällä ja pitää sinut ajan tasalla.',
      de: 'Verkauft intern für Sie und hält Sie auf dem Laufenden.',
    },
  },
};
