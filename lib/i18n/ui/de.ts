/** The interface's own words in German. */
import { dashboardDe } from './dashboard/de';
import type { UiKey } from './en';
import { panelDe } from './panel/de';
import { transferDe } from './transfer/de';

export const de: Readonly<Record<UiKey, string>> = {
  // The on-page panel and the tag form (lib/i18n/ui/panel)
  ...panelDe,
  'invoke.forbidden':
    'Rolecall kann auf dieser Seite nicht laufen. Browserseiten, der Erweiterungs-Store und manche Viewer sind für Erweiterungen gesperrt; öffnen Sie die Website des Unternehmens selbst und versuchen Sie es erneut.',
  // The popup
  'popup.account': 'Unternehmen',
  'popup.tagOnPage': 'Jemanden auf dieser Seite erfassen',
  'popup.noAccounts':
    'Noch keine Unternehmen. Markieren Sie auf der Team- oder Führungsseite eines Unternehmens den Namen einer Person, klicken Sie mit der rechten Maustaste darauf und wählen Sie „Als Stakeholder erfassen“.',
  'popup.emptyAccount': 'Noch niemand auf der Karte von {account}.',
  'popup.storageFailed': 'Rolecall konnte seinen Speicher nicht öffnen: {detail}',
  'popup.erased': '{name} gelöscht.',
  'popup.undo': 'Rückgängig',
  'popup.eraseQuestion': '{name} und alle Daten zu dieser Person löschen?',
  'popup.keep': 'Behalten',
  'popup.erase': 'Löschen',
  'popup.openDashboard': 'Alle Unternehmen',
  'popup.edit': '{name} bearbeiten',
  'popup.eraseNamed': '{name} löschen',
  'map.nobodyYet': 'Noch niemand',
  'map.rolesNobodyHolds': 'Noch unbesetzte Rollen',
  'map.noRole': 'Noch keine Rolle',
  'map.rolesOf': 'Rollen von {name}',
  'map.influence': 'Einfluss: {level}',
  // Coverage in the popup
  'coverage.score': 'Abdeckung',
  'coverage.scoreOf': 'Abdeckung: {score} von 100 Punkten',
  'coverage.raise': 'Was am meisten bringt',
  'coverage.find': '{item} finden',
  'coverage.strengthen': '{item} stärken',
  'coverage.points': '+{points}',
  'coverage.breadth': 'Kontakte in mehreren Abteilungen',
  'coverage.functions': 'Finanzen, IT, Recht und Einkauf',
  'coverage.gaps': 'Lücken',
  'coverage.noGaps': 'Keine Lücken für diese Phase. Halten Sie die Karte aktuell.',
  'coverage.questions': 'Fragen für das Gespräch',
  'coverage.copy': 'Kopieren',
  'coverage.copyQuestion': 'Frage kopieren',
  'coverage.copied': 'Kopiert',
  'coverage.concerns': 'Betrifft: {names}',
  'coverage.grid': 'Rollenabdeckung',
  'coverage.people': 'Stakeholder',
  'coverage.prepare': 'Gespräch vorbereiten',
  'coverage.briefCopied':
    'Gesprächsvorbereitung kopiert. Fügen Sie sie in Ihre Notizen oder eine E-Mail ein.',
  'coverage.copyFailed': 'Kopieren in die Zwischenablage fehlgeschlagen.',
  'deal.context': 'Deal-Kontext',
  'deal.stage': 'Phase',
  'deal.decisionMode': 'Wie entschieden wird',
  'deal.channel': 'Kanal',
  'deal.preset': 'Vertriebsmethodik',
  'deal.questionLanguage': 'Sprache der Fragen',
  'deal.choose': 'Deal',
  'deal.add': 'Neuer Deal',
  'deal.newName': 'Name des neuen Deals',
  'deal.create': 'Deal hinzufügen',
  'deal.others': 'Weitere Deals mit diesem Unternehmen',
  'deal.name': 'Name des Deals',
  'deal.amount': 'Betrag',
  'deal.closeDate': 'Abschlussdatum',
  'deal.crmId': 'Opportunity-ID im CRM',
  'map.elsewhere': '{stance} bei {deal}',
  // Languages, by their own names
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.zh': '中文',
  'language.id': 'Bahasa Indonesia',
  'language.fi': 'Suomi',
  'language.de': 'Deutsch',
  // The dashboard (lib/i18n/ui/dashboard)
  ...dashboardDe,
  // Moving maps in and out (lib/i18n/ui/transfer)
  ...transferDe,
};
