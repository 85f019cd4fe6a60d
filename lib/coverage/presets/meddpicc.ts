/**
 * MEDDPICC: most letters are facts about the deal, not people; the roles it tracks are the people
 * behind the letters (the evaluator owns the decision criteria, procurement the paper process…).
 */
import type { Preset } from './types';
import { canonical } from './types';

export const MEDDPICC: Preset = {
  name: {
    en: 'MEDDPICC',
    ru: 'MEDDPICC',
    zh: 'MEDDPICC',
    id: 'MEDDPICC',
    fi: 'MEDDPICC',
    de: 'MEDDPICC',
  },
  roles: {
    'economic-buyer': {
      tracked: true,
      label: {
        en: 'Economic buyer',
        ru: 'Экономический покупатель',
        zh: '经济决策者',
        id: 'Economic buyer',
        fi: 'Taloudellinen ostaja',
        de: 'Economic Buyer',
      },
    },
    champion: canonical('champion', true),
    procurement: {
      tracked: true,
      label: {
        en: 'Paper process',
        ru: 'Оформление сделки',
        zh: '签约流程',
        id: 'Proses dokumen',
        fi: 'Paperiprosessi',
        de: 'Paper Process',
      },
    },
    'technical-evaluator': {
      tracked: true,
      label: {
        en: 'Decision criteria',
        ru: 'Критерии выбора',
        zh: '决策标准',
        id: 'Kriteria keputusan',
        fi: 'Päätöskriteerit',
        de: 'Entscheidungskriterien',
      },
    },
    approver: {
      tracked: true,
      label: {
        en: 'Decision process',
        ru: 'Процесс принятия решения',
        zh: '决策流程',
        id: 'Proses keputusan',
        fi: 'Päätösprosessi',
        de: 'Entscheidungsprozess',
      },
    },
    initiator: {
      tracked: true,
      label: {
        en: 'Identified pain',
        ru: 'Носитель боли',
        zh: '痛点提出者',
        id: 'Pemilik masalah',
        fi: 'Ongelman omistaja',
        de: 'Pain-Owner',
      },
    },
    'budget-holder': canonical('budget-holder', false),
    influencer: canonical('influencer', false),
    user: canonical('user', false),
    gatekeeper: canonical('gatekeeper', false),
  },
};
