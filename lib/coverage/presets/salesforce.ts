/** Salesforce opportunity contact roles (the default `OpportunityContactRole.Role` picklist). */
import type { Preset } from './types';
import { canonical } from './types';

/**
 * The picklist has both "Economic Decision Maker" and "Economic Buyer": we give the first to the
 * person who decides and owns the money, the second to the one who releases the budget.
 */
export const SALESFORCE: Preset = {
  name: {
    en: 'Salesforce contact roles',
    ru: 'Роли контактов (Salesforce)',
    zh: 'Salesforce 联系人角色',
    id: 'Peran kontak Salesforce',
    fi: 'Salesforcen yhteyshenkilöroolit',
    de: 'Salesforce-Kontaktrollen',
  },
  roles: {
    'economic-buyer': {
      tracked: true,
      crmValue: 'Economic Decision Maker',
      label: {
        en: 'Economic decision maker',
        ru: 'Экономический ЛПР',
        zh: '经济决策者',
        id: 'Pengambil keputusan ekonomi',
        fi: 'Taloudellinen päättäjä',
        de: 'Wirtschaftlicher Entscheider',
      },
    },
    'budget-holder': {
      tracked: true,
      crmValue: 'Economic Buyer',
      label: {
        en: 'Economic buyer',
        ru: 'Экономический покупатель',
        zh: '经济购买者',
        id: 'Pembeli ekonomi',
        fi: 'Taloudellinen ostaja',
        de: 'Wirtschaftlicher Käufer',
      },
    },
    approver: {
      tracked: true,
      crmValue: 'Executive Sponsor',
      label: {
        en: 'Executive sponsor',
        ru: 'Спонсор из руководства',
        zh: '高管发起人',
        id: 'Sponsor eksekutif',
        fi: 'Johdon sponsori',
        de: 'Executive Sponsor',
      },
    },
    'technical-evaluator': {
      tracked: true,
      crmValue: 'Technical Buyer',
      label: {
        en: 'Technical buyer',
        ru: 'Технический покупатель',
        zh: '技术购买者',
        id: 'Pembeli teknis',
        fi: 'Tekninen ostaja',
        de: 'Technischer Käufer',
      },
    },
    user: {
      tracked: true,
      crmValue: 'Business User',
      label: {
        en: 'Business user',
        ru: 'Бизнес-пользователь',
        zh: '业务用户',
        id: 'Pengguna bisnis',
        fi: 'Liiketoimintakäyttäjä',
        de: 'Fachanwender',
      },
    },
    influencer: {
      tracked: true,
      crmValue: 'Influencer',
      label: {
        en: 'Influencer',
        ru: 'Влияющее лицо',
        zh: '影响者',
        id: 'Pemberi pengaruh',
        fi: 'Vaikuttaja',
        de: 'Einflussnehmer',
      },
    },
    procurement: canonical('procurement', false, 'Other'),
    gatekeeper: canonical('gatekeeper', false, 'Other'),
    initiator: canonical('initiator', false, 'Other'),
    champion: canonical('champion', false, 'Other'),
  },
};
