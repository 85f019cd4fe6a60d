/** The six-role decision chain of the buying-centre literature, extended with the champion: our own vocabulary. */
import type { Preset } from './types';
import { canonical } from './types';

/** The default preset tracks every stored role: it is the vocabulary the others are mapped from. */
export const DECISION_CHAIN: Preset = {
  name: {
    en: 'Decision chain',
    ru: 'Цепочка принятия решений',
    zh: '决策链',
    id: 'Rantai keputusan',
    fi: 'Päätösketju',
    de: 'Entscheidungskette',
  },
  roles: {
    'economic-buyer': canonical('economic-buyer', true),
    approver: canonical('approver', true),
    'budget-holder': canonical('budget-holder', true),
    'technical-evaluator': canonical('technical-evaluator', true),
    influencer: canonical('influencer', true),
    user: canonical('user', true),
    procurement: canonical('procurement', true),
    gatekeeper: canonical('gatekeeper', true),
    initiator: canonical('initiator', true),
    champion: canonical('champion', true),
  },
};
