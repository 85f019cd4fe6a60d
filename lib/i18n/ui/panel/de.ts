/** The on-page panel's words in German. */
import type { PanelKey } from './en';

export const panelDe: Readonly<Record<PanelKey, string>> = {
  'panel.title': 'Stakeholder erfassen',
  'panel.close': 'Rolecall schließen',
  'panel.loading': 'Wird geladen…',
  'panel.known':
    '{name} ist schon auf der Karte von {account}: Beim Speichern werden die Angaben aktualisiert.',
  'panel.saved': '{name} auf der Karte von {account} gespeichert.',
  'panel.updated': '{name} auf der Karte von {account} aktualisiert.',
  'panel.done': 'Fertig',
  'panel.unreachable':
    'Rolecall erreicht seinen Speicher nicht. Falls die Erweiterung gerade aktualisiert wurde, laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'form.name': 'Name',
  'form.title': 'Position',
  'form.account': 'Unternehmen',
  'form.deal': 'Deal',
  'form.newDeal': 'Neuer Deal',
  'form.newDealName': 'Name des neuen Deals',
  'form.roles': 'Entscheidungsrollen',
  'form.stance': 'Haltung',
  'form.influence': 'Einfluss',
  'form.influence.high': 'Hoch',
  'form.influence.medium': 'Mittel',
  'form.influence.low': 'Gering',
  'form.influence.unknown': 'Unbekannt',
  'form.department': 'Abteilung',
  'form.departmentUnknown': 'Unbekannt',
  'form.note': 'Notiz',
  'form.save': 'Speichern',
  'form.update': 'Aktualisieren',
  'form.saveChanges': 'Änderungen speichern',
  'form.saving': 'Wird gespeichert…',
  'form.cancel': 'Abbrechen',
  'form.nameRequired': 'Geben Sie den Namen der Person ein.',
  'form.accountRequired': 'Wählen Sie ein Unternehmen oder geben Sie ein neues ein.',
  'form.suggested': 'Vorschlag anhand der Position: {roles}',
  'save.noSpace':
    'Speichern fehlgeschlagen: Der Browser hat keinen Speicherplatz mehr. Schaffen Sie etwas Platz auf der Festplatte und versuchen Sie es erneut.',
  'save.failed':
    'Speichern fehlgeschlagen ({detail}). Ihre Eingaben sind noch da: Versuchen Sie es einfach erneut.',
  'people.heading': 'Personen auf dieser Seite',
  'people.finding': 'Suche nach Personen auf dieser Seite…',
  'people.none': 'Auf dieser Seite wurde niemand gefunden.',
  'people.noneHint':
    'Markieren Sie einen Namen auf der Seite und öffnen Sie Rolecall erneut, oder erfassen Sie jemanden von Hand.',
  'people.byHand': 'Von Hand erfassen',
  'people.gaveUp':
    'Diese Seite ist zu groß, um sie ganz zu lesen: Das sind die bisher gefundenen Personen.',
  'people.tag': '{name} erfassen',
  'people.edit': '{name} bearbeiten',
  'people.staleTitle': 'Auf der Seite steht „{title}“, auf der Karte „{stored}“.',
  'people.staleOrg': 'Die Seite nennt {org} als Unternehmen.',
  'people.update': 'Aktualisieren',
  'people.back': 'Zurück zur Liste',
  'people.chip': 'Rolecall: {name}',
  'form.applySuggestion': 'Übernehmen',
};
