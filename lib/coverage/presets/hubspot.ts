/** HubSpot buying roles (the `hs_buying_role` contact property), with its internal values. */
import type { Preset } from './types';
import { canonical } from './types';

export const HUBSPOT: Preset = {
  name: {
    en: 'HubSpot buying roles',
    ru: 'Роли в закупке (HubSpot)',
    zh: 'HubSpot 购买角色',
    id: 'Peran pembelian HubSpot',
    fi: 'HubSpotin ostoroolit',
    de: 'HubSpot-Kaufrollen',
  },
  roles: {
    'economic-buyer': {
      tracked: true,
      crmValue: 'DECISION_MAKER',
      label: {
        en: 'Decision maker',
        ru: 'Лицо, принимающее решение',
        zh: '决策者',
        id: 'Pengambil keputusan',
        fi: 'Päätöksentekijä',
        de: 'Entscheidungsträger',
      },
    },
    approver: {
      tracked: true,
      crmValue: 'EXECUTIVE_SPONSOR',
      label: {
        en: 'Executive sponsor',
        ru: 'Спонсор из руководства',
        zh: '高管发起人',
        id: 'Sponsor eksekutif',
        fi: 'Johdon sponsori',
        de: 'Executive Sponsor',
      },
    },
    'budget-holder': {
      tracked: true,
      crmValue: 'BUDGET_HOLDER',
      label: {
        en: 'Budget holder',
        ru: 'Владелец бюджета',
        zh: '预算负责人',
        id: 'Pemegang anggaran',
        fi: 'Budjetin haltija',
        de: 'Budgetverantwortlicher',
      },
    },
    influencer: {
      tracked: true,
      crmValue: 'INFLUENCER',
      label: {
        en: 'Influencer',
        ru: 'Влияющее лицо',
        zh: '影响者',
        id: 'Pemberi pengaruh',
        fi: 'Vaikuttaja',
        de: 'Einflussnehmer',
      },
    },
    user: {
      tracked: true,
      crmValue: 'END_USER',
      label: {
        en: 'End user',
        ru: 'Конечный пользователь',
        zh: '最终用户',
        id: 'Pengguna akhir',
        fi: 'Loppukäyttäjä',
        de: 'Endanwender',
      },
    },
    procurement: {
      tracked: true,
      crmValue: 'LEGAL_AND_COMPLIANCE',
      label: {
        en: 'Legal and compliance',
        ru: 'Юристы и комплаенс',
        zh: '法务与合规',
        id: 'Legal dan kepatuhan',
        fi: 'Lakiasiat ja compliance',
        de: 'Recht und Compliance',
      },
    },
    champion: { ...canonical('champion', true), crmValue: 'CHAMPION' },
    'technical-evaluator': canonical('technical-evaluator', false, 'OTHER'),
    gatekeeper: canonical('gatekeeper', false, 'OTHER'),
    initiator: canonical('initiator', false, 'OTHER'),
  },
};
