/** Discovery questions that bring finance, IT and security, and legal into the buying committee. */
import type { Localized } from '../localized';

export const COMMITTEE_QUESTIONS = {
  'fin-case': {
    en: 'How does finance usually judge a purchase like this: payback time, ROI, something else?',
    ru: 'По каким критериям финансисты обычно оценивают такую покупку: срок окупаемости, ROI, что-то ещё?',
    zh: '财务部门一般怎么评估这类采购？看回本周期、投资回报率，还是别的指标？',
    id: 'Biasanya bagian keuangan menilai pembelian seperti ini dari apa: masa balik modal, ROI, atau yang lain?',
    fi: 'Miten talousosasto yleensä arvioi tällaisen hankinnan: takaisinmaksuaika, ROI vai jokin muu?',
    de: 'Wie bewertet Ihr Finanzbereich so eine Anschaffung üblicherweise: Amortisationszeit, ROI oder etwas anderes?',
  },
  'fin-who': {
    en: 'Who in finance would go through the numbers?',
    ru: 'Кто из финансового отдела будет смотреть цифры?',
    zh: '财务那边会由谁来看这些数字？',
    id: 'Siapa dari bagian keuangan yang akan memeriksa angka-angkanya?',
    fi: 'Kuka taloushallinnosta kävisi luvut läpi?',
    de: 'Wer aus dem Controlling oder der Finanzabteilung würde sich die Zahlen ansehen?',
  },
  'it-review': {
    en: 'Is there a security or architecture review we would need to pass, and who runs it?',
    ru: 'Нужно ли проходить проверку по безопасности или архитектуре? Кто её проводит?',
    zh: '需要通过安全或架构评审吗？由谁负责？',
    id: 'Apakah ada review keamanan atau arsitektur yang harus kami lewati, dan siapa yang menanganinya?',
    fi: 'Pitääkö meidän läpäistä tietoturva- tai arkkitehtuurikatselmointi, ja kuka sen vetää?',
    de: 'Gibt es ein Security- oder Architektur-Review, das wir durchlaufen müssten, und wer verantwortet das?',
  },
  'it-integrate': {
    en: 'Which systems would this need to connect to, and who looks after them?',
    ru: 'С какими системами это нужно будет интегрировать и кто за них отвечает?',
    zh: '这需要和哪些系统对接？这些系统归谁管？',
    id: 'Sistem apa saja yang perlu terhubung dengan ini, dan siapa yang mengelolanya?',
    fi: 'Mihin järjestelmiin tämän pitäisi liittyä, ja kuka niistä vastaa?',
    de: 'An welche Systeme müsste das angebunden werden, und wer betreut die?',
  },
  'legal-review': {
    en: 'Will your legal team want to review the contract or the data processing terms, and how long does that usually take?',
    ru: 'Юристы захотят посмотреть договор или условия обработки данных? Сколько это обычно занимает?',
    zh: '法务会要审合同或数据处理条款吗？一般需要多长时间？',
    id: 'Apakah tim legal akan meninjau kontrak atau ketentuan pemrosesan data? Biasanya butuh waktu berapa lama?',
    fi: 'Haluaako lakitiiminne käydä läpi sopimuksen tai tietojenkäsittelyehdot, ja kauanko siihen yleensä menee?',
    de: 'Wird Ihre Rechtsabteilung den Vertrag oder die AVV prüfen wollen, und wie lange dauert das erfahrungsgemäß?',
  },
  'legal-compliance': {
    en: 'Are there data protection or compliance rules we should plan around from the start?',
    ru: 'Есть ли требования по защите данных или комплаенсу, которые стоит учесть с самого начала?',
    zh: '有没有数据保护或合规方面的要求，需要我们一开始就考虑进去？',
    id: 'Apakah ada aturan perlindungan data atau kepatuhan yang perlu kita perhitungkan sejak awal?',
    fi: 'Onko tietosuoja- tai compliance-vaatimuksia, jotka meidän pitäisi huomioida alusta asti?',
    de: 'Gibt es Datenschutz- oder Compliance-Vorgaben, die wir von Anfang an berücksichtigen sollten?',
  },
} as const satisfies Record<string, Localized>;
