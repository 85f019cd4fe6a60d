/** Discovery questions that confirm a doubtful role and refresh a map that may be out of date. */
import type { Localized } from '../localized';

export const HYGIENE_QUESTIONS = {
  'check-who-else-signs': {
    en: 'Apart from you, who else needs to be comfortable with this before it goes ahead?',
    ru: 'Кроме вас, кто ещё должен дать добро, прежде чем всё запустится?',
    zh: '除了您之外，还有谁需要认可，这件事才能推进？',
    id: 'Selain Anda, siapa lagi yang perlu setuju sebelum ini bisa jalan?',
    fi: 'Kenen muun kuin sinun pitää olla tähän tyytyväinen, ennen kuin se etenee?',
    de: 'Wer außer Ihnen muss sich damit wohlfühlen, bevor es losgehen kann?',
  },
  'check-approval-steps': {
    en: 'Could you walk me through how a purchase like this gets approved, step by step?',
    ru: 'Можете по шагам рассказать, как у вас согласуется такая покупка?',
    zh: '能一步步跟我讲讲这类采购的审批流程吗？',
    id: 'Boleh dijelaskan langkah demi langkah bagaimana pembelian seperti ini disetujui?',
    fi: 'Voisitko kertoa vaihe vaiheelta, miten tällainen hankinta hyväksytään?',
    de: 'Könnten Sie mir Schritt für Schritt erklären, wie so eine Anschaffung bei Ihnen freigegeben wird?',
  },
  'stale-still-involved': {
    en: 'Are the people we talked about last time still involved, or has anything changed in the team?',
    ru: 'Те, кого мы обсуждали в прошлый раз, ещё участвуют? В команде что-нибудь поменялось?',
    zh: '上次我们聊到的几位还在负责这件事吗？团队有没有什么变动？',
    id: 'Apakah orang-orang yang kita bahas terakhir kali masih terlibat, atau ada perubahan di tim?',
    fi: 'Ovatko viimeksi puhutut henkilöt yhä mukana, vai onko tiimissä tapahtunut muutoksia?',
    de: 'Sind die Personen, über die wir letztes Mal gesprochen haben, noch dabei, oder hat sich im Team etwas verändert?',
  },
  'stale-priorities': {
    en: 'Has anything shifted in priorities or responsibilities since we last spoke?',
    ru: 'Изменилось ли что-то в приоритетах или зонах ответственности с нашего прошлого разговора?',
    zh: '自上次沟通以来，优先级或分工有没有调整？',
    id: 'Sejak terakhir kita bicara, apakah ada perubahan prioritas atau pembagian tanggung jawab?',
    fi: 'Onko prioriteeteissa tai vastuissa muuttunut jotain sitten viime puhelun?',
    de: 'Haben sich seit unserem letzten Gespräch Prioritäten oder Zuständigkeiten verschoben?',
  },
  'changed-who-now': {
    en: 'I noticed a change in the team. Who is looking after this topic now?',
    ru: 'Я заметил, что в команде произошли перемены. Кто сейчас ведёт эту тему?',
    zh: '我注意到团队有些人事变动，现在这件事由谁负责？',
    id: 'Saya lihat ada perubahan di tim. Sekarang siapa yang menangani hal ini?',
    fi: 'Huomasin, että tiimissä on tapahtunut muutoksia. Kuka hoitaa tätä asiaa nyt?',
    de: 'Ich habe gesehen, dass sich im Team etwas geändert hat. Wer kümmert sich jetzt um das Thema?',
  },
  'changed-handover': {
    en: 'Who took over those responsibilities, and would it make sense for me to reach out to them?',
    ru: 'Кто принял эти обязанности и имеет ли смысл мне с ним связаться?',
    zh: '这些工作现在交给谁了？我直接联系他们合适吗？',
    id: 'Siapa yang sekarang memegang tanggung jawab itu, dan apakah sebaiknya saya menghubungi beliau?',
    fi: 'Kuka otti nuo vastuut hoitaakseen, ja kannattaisiko minun olla häneen yhteydessä?',
    de: 'Wer hat diese Aufgaben übernommen, und wäre es sinnvoll, wenn ich mich dort melde?',
  },
  'line-eb-reports': {
    en: 'Who does the person making this call report to, and how closely do they follow it?',
    ru: 'Кому подчиняется человек, который принимает это решение, и насколько его руководитель вовлечён в вопрос?',
    zh: '做这个决定的人向谁汇报？那位领导对这件事关注多少？',
    id: 'Pengambil keputusan ini melapor ke siapa, dan seberapa jauh atasannya memantau hal ini?',
    fi: 'Kenelle päätöksen tekijä raportoi, ja kuinka tiiviisti tämä seuraa asiaa?',
    de: 'An wen berichtet die Person, die das entscheidet, und wie eng verfolgt die das Thema?',
  },
  'line-eb-aligned': {
    en: 'Does a decision like this have to be aligned with anyone higher up?',
    ru: 'Нужно ли согласовывать такое решение с кем-то выше?',
    zh: '这样的决定需要和更高层的领导先沟通一致吗？',
    id: 'Apakah keputusan seperti ini perlu diselaraskan dulu dengan pihak yang lebih tinggi?',
    fi: 'Pitääkö tällainen päätös sopia vielä jonkun ylempänä olevan kanssa?',
    de: 'Muss so eine Entscheidung noch mit jemandem weiter oben abgestimmt werden?',
  },
} as const satisfies Record<string, Localized>;
