/** Discovery questions that widen a deal beyond one contact, one team or one chain of command. */
import type { Localized } from '../localized';

export const THREADING_QUESTIONS = {
  'thread-who-else': {
    en: 'Who else usually gets involved when you look at solutions like this?',
    ru: 'Кто ещё у вас обычно подключается, когда вы рассматриваете такие решения?',
    zh: '你们评估这类方案时，通常还有哪些人会参与？',
    id: 'Biasanya siapa lagi yang ikut terlibat kalau perusahaan menilai solusi seperti ini?',
    fi: 'Keitä muita teillä yleensä on mukana, kun tällaisia ratkaisuja arvioidaan?',
    de: 'Wer ist bei Ihnen sonst noch dabei, wenn Sie sich solche Lösungen anschauen?',
  },
  'thread-affected': {
    en: 'Who else would feel the difference once this goes live?',
    ru: 'Кого ещё это затронет, когда решение заработает?',
    zh: '上线以后，还有哪些人的工作会受到影响？',
    id: 'Setelah ini berjalan, siapa lagi yang akan merasakan dampaknya?',
    fi: 'Keihin muihin tämä vaikuttaa, kun se otetaan käyttöön?',
    de: 'Wen betrifft das sonst noch, sobald es live ist?',
  },
  'thread-next-meeting': {
    en: 'Who should be in the room for our next conversation?',
    ru: 'Кого стоит позвать на нашу следующую встречу?',
    zh: '下次沟通时，您觉得还应该请哪些人参加？',
    id: 'Untuk pertemuan berikutnya, sebaiknya siapa saja yang ikut hadir?',
    fi: 'Keiden kannattaisi olla mukana seuraavassa palaverissamme?',
    de: 'Wer sollte bei unserem nächsten Gespräch mit am Tisch sitzen?',
  },
  'thread-other-teams': {
    en: 'Which other departments need to be on board for this to move forward?',
    ru: 'Какие ещё отделы должны это поддержать, чтобы проект двинулся дальше?',
    zh: '要推进下去，还需要哪些部门点头？',
    id: 'Departemen lain mana saja yang perlu setuju supaya ini bisa jalan?',
    fi: 'Minkä muiden osastojen pitää olla mukana, jotta tämä etenee?',
    de: 'Welche anderen Abteilungen müssen mit ins Boot, damit es vorangeht?',
  },
  'thread-peers': {
    en: 'Are there colleagues in other teams who struggle with the same problem?',
    ru: 'Есть ли коллеги в других командах, которые сталкиваются с той же проблемой?',
    zh: '其他团队有没有同事也在为同样的问题发愁？',
    id: 'Apakah ada rekan di tim lain yang menghadapi masalah yang sama?',
    fi: 'Onko muissa tiimeissä kollegoita, jotka painivat saman ongelman kanssa?',
    de: 'Gibt es Kollegen in anderen Teams, die mit demselben Problem kämpfen?',
  },
} as const satisfies Record<string, Localized>;
