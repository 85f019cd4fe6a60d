/** The interface's own words in English: the reference catalogue every other language must match. */
import { dashboardEn } from './dashboard/en';
import { panelEn } from './panel/en';
import { transferEn } from './transfer/en';

export const en = {
  // The on-page panel and the tag form (lib/i18n/ui/panel)
  ...panelEn,
  'invoke.forbidden':
    "Rolecall can't run on this page. Browser pages, the extension store and some viewers are off limits; open the company's own page and try again.",
  // The popup
  'popup.account': 'Account',
  'popup.tagOnPage': 'Tag someone on this page',
  'popup.noAccounts':
    'No accounts yet. On a company\'s team or leadership page, select a person\'s name, right-click and choose "Tag as stakeholder".',
  'popup.emptyAccount': 'Nobody on the {account} map yet.',
  'popup.storageFailed': 'Rolecall could not open its storage: {detail}',
  'popup.erased': 'Erased {name}.',
  'popup.undo': 'Undo',
  'popup.eraseQuestion': 'Erase {name} and every record of them?',
  'popup.keep': 'Keep',
  'popup.erase': 'Erase',
  'popup.openDashboard': 'All accounts',
  'popup.edit': 'Edit {name}',
  'popup.eraseNamed': 'Erase {name}',
  'map.nobodyYet': 'Nobody yet',
  'map.rolesNobodyHolds': 'Roles nobody holds yet',
  'map.noRole': 'No role yet',
  'map.rolesOf': 'Roles of {name}',
  'map.influence': 'Influence: {level}',
  // Coverage in the popup
  'coverage.score': 'Coverage',
  'coverage.scoreOf': 'Coverage score {score} of 100',
  'coverage.raise': 'What would raise it most',
  'coverage.find': 'Find the {item}',
  'coverage.strengthen': 'Firm up the {item}',
  'coverage.points': '+{points}',
  'coverage.breadth': 'contacts across departments',
  'coverage.functions': 'finance, IT, legal and procurement',
  'coverage.gaps': 'Gaps',
  'coverage.noGaps': 'No gaps found for this stage. Keep the map verified.',
  'coverage.questions': 'Questions to ask',
  'coverage.copy': 'Copy',
  'coverage.copyQuestion': 'Copy question',
  'coverage.copied': 'Copied',
  'coverage.concerns': 'About: {names}',
  'coverage.grid': 'Role coverage',
  'coverage.people': 'Stakeholders',
  'coverage.prepare': 'Prepare for call',
  'coverage.briefCopied': 'Call brief copied. Paste it into your notes or an email.',
  'coverage.copyFailed': 'Could not copy to the clipboard.',
  'deal.context': 'Deal context',
  'deal.stage': 'Stage',
  'deal.decisionMode': 'How they decide',
  'deal.channel': 'Channel',
  'deal.preset': 'Methodology',
  'deal.questionLanguage': 'Question language',
  'deal.choose': 'Deal',
  'deal.add': 'New deal',
  'deal.newName': 'Name of the new deal',
  'deal.create': 'Add deal',
  'deal.others': 'Other deals on this account',
  'deal.name': 'Deal name',
  'deal.amount': 'Amount',
  'deal.closeDate': 'Close date',
  'deal.crmId': 'CRM opportunity id',
  'map.elsewhere': '{stance} in {deal}',
  // Languages, by their own names
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.zh': '中文',
  'language.id': 'Bahasa Indonesia',
  'language.fi': 'Suomi',
  'language.de': 'Deutsch',
  // The dashboard (lib/i18n/ui/dashboard)
  ...dashboardEn,
  // Moving maps in and out (lib/i18n/ui/transfer)
  ...transferEn,
} as const;

export type UiKey = keyof typeof en;
