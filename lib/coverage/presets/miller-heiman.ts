/** Miller Heiman Strategic Selling: three buying influences plus the coach. */
import type { Preset } from './types';
import { canonical } from './types';

export const MILLER_HEIMAN: Preset = {
  name: {
    en: 'Miller Heiman',
    ru: 'Miller Heiman',
    zh: 'Miller Heiman',
    id: 'Miller Heiman',
    fi: 'Miller Heiman',
    de: 'Miller Heiman',
  },
  roles: {
    'economic-buyer': {
      tracked: true,
      label: {
        en: 'Economic buyer',
        ru: 'Экономический покупатель',
        zh: '经济型购买者',
        id: 'Pembeli ekonomi',
        fi: 'Taloudellinen ostaja',
        de: 'Wirtschaftlicher Käufer',
      },
    },
    user: {
      tracked: true,
      label: {
        en: 'User buyer',
        ru: 'Покупатель-пользователь',
        zh: '用户型购买者',
        id: 'Pembeli pengguna',
        fi: 'Käyttäjäostaja',
        de: 'Anwender-Käufer',
      },
    },
    'technical-evaluator': {
      tracked: true,
      label: {
        en: 'Technical buyer',
        ru: 'Технический покупатель',
        zh: '技术型购买者',
        id: 'Pembeli teknis',
        fi: 'Tekninen ostaja',
        de: 'Technischer Käufer',
      },
    },
    champion: {
      tracked: true,
      label: { en: 'Coach', ru: 'Коуч', zh: '教练', id: 'Coach', fi: 'Valmentaja', de: 'Coach' },
    },
    approver: canonical('approver', false),
    'budget-holder': canonical('budget-holder', false),
    influencer: canonical('influencer', false),
    procurement: canonical('procurement', false),
    gatekeeper: canonical('gatekeeper', false),
    initiator: canonical('initiator', false),
  },
};
