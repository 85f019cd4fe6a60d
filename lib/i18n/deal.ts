/** Labels for the account's deal context: journey stage, how the company decides, deal channel. */
import type { DealChannel, DealStage, DecisionMode } from '../model';
import type { Localized } from './localized';

export const STAGE_TEXT: Readonly<Record<DealStage, Localized>> = {
  'problem-felt': {
    en: 'Problem felt, not yet named',
    ru: 'Проблема ощущается, но не названа',
    zh: '感到问题，但尚未明确',
    id: 'Masalah terasa, belum dirumuskan',
    fi: 'Ongelma tunnetaan, muttei ole nimetty',
    de: 'Problem spürbar, noch nicht benannt',
  },
  exploring: {
    en: 'Exploring the problem',
    ru: 'Изучают проблему',
    zh: '正在梳理问题',
    id: 'Menelusuri masalah',
    fi: 'Ongelmaa selvitetään',
    de: 'Problem wird untersucht',
  },
  'project-approval': {
    en: 'Internal project approval',
    ru: 'Внутреннее согласование проекта',
    zh: '内部立项审批',
    id: 'Persetujuan proyek internal',
    fi: 'Hankkeen sisäinen hyväksyntä',
    de: 'Interne Projektfreigabe',
  },
  'vendor-evaluation': {
    en: 'Evaluating vendors',
    ru: 'Выбор поставщика',
    zh: '评估供应商',
    id: 'Evaluasi vendor',
    fi: 'Toimittajien arviointi',
    de: 'Anbieterauswahl',
  },
  'purchase-decision': {
    en: 'Purchase decision',
    ru: 'Решение о покупке',
    zh: '采购决策',
    id: 'Keputusan pembelian',
    fi: 'Ostopäätös',
    de: 'Kaufentscheidung',
  },
};

export const DECISION_MODE_TEXT: Readonly<Record<DecisionMode, Localized>> = {
  committee: {
    en: 'A committee scores and decides',
    ru: 'Решает комиссия по баллам',
    zh: '委员会打分决定',
    id: 'Komite menilai dan memutuskan',
    fi: 'Työryhmä pisteyttää ja päättää',
    de: 'Ein Gremium bewertet und entscheidet',
  },
  'evaluators-recommend': {
    en: 'Evaluators recommend, the top signs',
    ru: 'Эксперты рекомендуют, руководство подписывает',
    zh: '评估人推荐，高层签字',
    id: 'Tim penilai merekomendasikan, pimpinan menandatangani',
    fi: 'Arvioijat suosittelevat, johto allekirjoittaa',
    de: 'Fachleute empfehlen, die Spitze unterschreibt',
  },
  'top-decides': {
    en: 'The top decides, the team executes',
    ru: 'Решает первое лицо, команда исполняет',
    zh: '高层拍板，团队执行',
    id: 'Pimpinan memutuskan, tim menjalankan',
    fi: 'Johto päättää, tiimi toteuttaa',
    de: 'Die Spitze entscheidet, das Team setzt um',
  },
};

export const CHANNEL_TEXT: Readonly<Record<DealChannel, Localized>> = {
  inbound: {
    en: 'Inbound',
    ru: 'Входящий запрос',
    zh: '客户主动咨询',
    id: 'Inbound',
    fi: 'Saapuva liidi',
    de: 'Inbound-Anfrage',
  },
  outbound: {
    en: 'Outbound',
    ru: 'Холодный выход',
    zh: '主动开发',
    id: 'Outbound',
    fi: 'Lähtevä myynti',
    de: 'Outbound-Akquise',
  },
  referral: {
    en: 'Referral',
    ru: 'По рекомендации',
    zh: '转介绍',
    id: 'Rekomendasi',
    fi: 'Suosittelu',
    de: 'Empfehlung',
  },
  partner: {
    en: 'Partner',
    ru: 'Через партнёра',
    zh: '合作伙伴',
    id: 'Mitra',
    fi: 'Kumppani',
    de: 'Partner',
  },
};
