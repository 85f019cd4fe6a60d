/** The interface's own words in Finnish. */
import { dashboardFi } from './dashboard/fi';
import type { UiKey } from './en';
import { panelFi } from './panel/fi';
import { transferFi } from './transfer/fi';

export const fi: Readonly<Record<UiKey, string>> = {
  // The on-page panel and the tag form (lib/i18n/ui/panel)
  ...panelFi,
  'invoke.forbidden':
    'Rolecall ei toimi tällä sivulla. Selaimen omat sivut, laajennuskauppa ja jotkin katseluohjelmat ovat laajennuksilta kiellettyjä; avaa yrityksen oma sivu ja yritä uudelleen.',
  // The popup
  'popup.account': 'Asiakas',
  'popup.tagOnPage': 'Merkitse joku tältä sivulta',
  'popup.noAccounts':
    'Ei vielä asiakkaita. Valitse yrityksen tiimi- tai johtosivulta henkilön nimi, napsauta hiiren oikealla painikkeella ja valitse ”Merkitse avainhenkilöksi”.',
  'popup.emptyAccount': 'Asiakkaan {account} kartalla ei ole vielä ketään.',
  'popup.storageFailed': 'Rolecall ei voinut avata tallennustilaansa: {detail}',
  'popup.erased': '{name} poistettu.',
  'popup.undo': 'Kumoa',
  'popup.eraseQuestion': 'Poistetaanko {name} ja kaikki häntä koskevat tiedot?',
  'popup.keep': 'Säilytä',
  'popup.erase': 'Poista',
  'popup.openDashboard': 'Kaikki asiakkaat',
  'popup.edit': 'Muokkaa: {name}',
  'popup.eraseNamed': 'Poista: {name}',
  'map.nobodyYet': 'Ei vielä ketään',
  'map.rolesNobodyHolds': 'Roolit, joissa ei vielä ole ketään',
  'map.noRole': 'Ei vielä roolia',
  'map.rolesOf': 'Roolit: {name}',
  'map.influence': 'Vaikutusvalta: {level}',
  // Coverage in the popup
  'coverage.score': 'Kattavuus',
  'coverage.scoreOf': 'Kattavuuspisteet {score}/100',
  'coverage.raise': 'Mikä nostaisi sitä eniten',
  'coverage.find': 'Etsi: {item}',
  'coverage.strengthen': 'Vahvista: {item}',
  'coverage.points': '+{points}',
  'coverage.breadth': 'yhteyshenkilöt eri osastoilta',
  'coverage.functions': 'talous, IT, lakiasiat ja hankinta',
  'coverage.gaps': 'Puutteet',
  'coverage.noGaps': 'Tässä vaiheessa ei puutteita. Pidä kartta ajan tasalla.',
  'coverage.questions': 'Kysyttävää',
  'coverage.copy': 'Kopioi',
  'coverage.copyQuestion': 'Kopioi kysymys',
  'coverage.copied': 'Kopioitu',
  'coverage.concerns': 'Koskee: {names}',
  'coverage.grid': 'Roolien kattavuus',
  'coverage.people': 'Avainhenkilöt',
  'coverage.prepare': 'Valmistaudu puheluun',
  'coverage.briefCopied':
    'Puhelun valmistelu kopioitu. Liitä se muistiinpanoihisi tai sähköpostiin.',
  'coverage.copyFailed': 'Leikepöydälle kopiointi epäonnistui.',
  'deal.context': 'Kaupan tilanne',
  'deal.stage': 'Vaihe',
  'deal.decisionMode': 'Miten he päättävät',
  'deal.channel': 'Kanava',
  'deal.preset': 'Myyntimenetelmä',
  'deal.questionLanguage': 'Kysymysten kieli',
  'deal.choose': 'Kauppa',
  'deal.add': 'Uusi kauppa',
  'deal.newName': 'Uuden kaupan nimi',
  'deal.create': 'Lisää kauppa',
  'deal.others': 'Asiakkaan muut kaupat',
  'deal.name': 'Kaupan nimi',
  'deal.amount': 'Arvo',
  'deal.closeDate': 'Päätöspäivä',
  'deal.crmId': 'Myyntimahdollisuuden tunniste CRM:ssä',
  'map.elsewhere': '{stance} kaupassa {deal}',
  // Languages, by their own names
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.zh': '中文',
  'language.id': 'Bahasa Indonesia',
  'language.fi': 'Suomi',
  'language.de': 'Deutsch',
  // The dashboard (lib/i18n/ui/dashboard)
  ...dashboardFi,
  // Moving maps in and out (lib/i18n/ui/transfer)
  ...transferFi,
};
