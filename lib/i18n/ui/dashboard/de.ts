/** The dashboard's words in German. */
import type { DashboardKey } from './en';

export const dashboardDe: Readonly<Record<DashboardKey, string>> = {
  // The dashboard page
  'dash.title': 'Rolecall — alle Unternehmen',
  'dash.nav': 'Dashboard',
  'dash.accounts': 'Unternehmen',
  'dash.settings': 'Einstellungen',
  'dash.data': 'Daten',
  'dash.pageFailed':
    'Diese Seite konnte nicht geladen werden ({detail}). Laden Sie den Tab neu und versuchen Sie es erneut.',
  // The accounts list
  'accounts.heading': 'Unternehmen',
  'accounts.search': 'Suche',
  'accounts.searchPlaceholder': 'Unternehmens- oder Personenname',
  'accounts.sort': 'Sortieren nach',
  'accounts.sort.recent': 'Letzte Änderung',
  'accounts.sort.name': 'Name',
  'accounts.sort.scoreLow': 'Score, niedrigster zuerst',
  'accounts.sort.scoreHigh': 'Score, höchster zuerst',
  'accounts.sort.people': 'Meiste Personen',
  'accounts.stage': 'Phase',
  'accounts.anyStage': 'Jede Phase',
  'accounts.scoreBelow': 'Score unter',
  'accounts.staleOnly': 'Nur mit veralteten Personen',
  'accounts.col.account': 'Unternehmen',
  'accounts.col.score': 'Score',
  'accounts.col.stage': 'Phase',
  'accounts.col.people': 'Personen',
  'accounts.col.gap': 'Größte Lücke',
  'accounts.col.changed': 'Geändert',
  'accounts.count': '{shown} von {total} angezeigt',
  'accounts.none':
    'Noch keine Unternehmen. Markieren Sie Personen auf den Seiten eines Unternehmens oder importieren Sie eine Datei unter „Daten“.',
  'accounts.noMatch': 'Kein Unternehmen passt. Leeren Sie Suche oder Filter, um alle zu sehen.',
  'accounts.clearFilters': 'Suche und Filter zurücksetzen',
  'accounts.showMore': '{count} weitere anzeigen',
  'accounts.matchedPeople': 'Gefunden: {names}',
  'accounts.noGap': 'Keine Lücken',
  'people.departmentFromTitle': '{department} (aus dem Titel gelesen)',
  'accounts.stale': 'veraltet: {count}',
  // One account and its stakeholder table
  'account.back': 'Alle Unternehmen',
  'account.notFound': 'Dieses Unternehmen gibt es nicht mehr.',
  'account.peopleCount': 'Personen: {count}',
  'table.reportsTo': 'Berichtet an',
  'table.actions': 'Aktionen',
  'table.edit': 'Bearbeiten',
  'table.merge': 'Zusammenführen…',
  'table.move': 'Verschieben…',
  'table.saved': '{name} gespeichert.',
  'merge.open': '{name} mit einem anderen Eintrag zusammenführen',
  'merge.samePersonAs': 'Dieselbe Person wie',
  'merge.explain':
    '{into} behält die eigenen Angaben und erhält Rollen, Belege und Notizen dieses Eintrags; dieser Eintrag ({from}) wird entfernt.',
  'merge.confirm': 'Zusammenführen',
  'merge.done': '{from} wurde mit {into} zusammengeführt.',
  'merge.failed':
    'Zusammenführen nicht möglich: Einer der Einträge wurde geändert oder entfernt. Prüfen Sie die Tabelle und versuchen Sie es erneut.',
  'merge.nobody': 'Auf dieser Karte gibt es niemanden zum Zusammenführen.',
  'move.open': '{name} in ein anderes Unternehmen verschieben',
  'move.to': 'In Unternehmen verschieben',
  'move.explain':
    'Berichtslinien bleiben innerhalb eines Unternehmens, daher werden die Linien von und zu {name} entfernt.',
  'move.confirm': 'Verschieben',
  'move.done': '{name} wurde zu {account} verschoben.',
  'move.doneNamesake':
    '{name} wurde zu {account} verschoben; dort gibt es schon jemanden mit diesem Namen. Ist es dieselbe Person, führen Sie die Einträge dort zusammen.',
  'move.failed': 'Verschieben nicht möglich: Person oder Unternehmen wurde geändert oder entfernt.',
  'move.nowhere': 'Es gibt noch kein anderes Unternehmen als Ziel.',
  // The power map
  'pm.heading': 'Einflusskarte',
  'pm.label': 'Einflusskarte von {account}',
  'pm.fileName': 'Einflusskarte {account}',
  'pm.dragHint':
    'Ziehen Sie eine Person auf ihre Führungskraft, um die Berichtslinie zu ziehen. Klicken Sie auf eine Person, um sie zu bearbeiten.',
  'pm.fit': 'An Breite anpassen',
  'pm.exportSvg': 'SVG herunterladen',
  'pm.exportPng': 'PNG herunterladen',
  'pm.exportFailed': 'Das Bild konnte nicht erstellt werden ({detail}).',
  'pm.legendSize': 'Größere Karte: mehr Einfluss',
  'pm.moreRoles': '+{count}',
  'pm.reportsTo': 'berichtet an {name}',
  'pm.noManager': 'Keine Führungskraft auf der Karte',
  'pm.noManagerZone': 'Hier ablegen: keine Führungskraft auf der Karte',
  'pm.nowReports': '{name} berichtet jetzt an {manager}.',
  'pm.noManagerNow': '{name} hat jetzt keine Führungskraft auf der Karte.',
  'pm.refused': '{name} kann nicht an {manager} berichten: {manager} berichtet bereits an {name}.',
  'pm.refusedThrough':
    '{name} kann nicht an {manager} berichten: {manager} berichtet bereits über {people} an {name}.',
  'pm.saveFailed':
    'Die Berichtslinie konnte nicht gespeichert werden ({detail}). Bitte erneut versuchen.',
  'pm.cycle':
    'Einige Berichtslinien bilden einen Kreis; {names} steht oben, bis Sie das korrigieren.',
  // Settings
  'settings.general': 'Sprache und Standardwerte',
  'settings.language': 'Sprache',
  'settings.languageAuto': 'Wie im Browser ({language})',
  'settings.questionLanguage': 'Standardsprache der Fragen',
  'settings.questionLanguageHint':
    'Ein neuer Kunde wird in der Sprache der Seite gefragt, auf der seine erste Person gefunden wurde; ist es keine unserer Sprachen, in dieser.',
  'settings.questionLanguageAuto': 'Die der Oberfläche ({language})',
  'settings.preset': 'Methodik',
  'settings.presetHint': 'Für neue Unternehmen werden die Rollen in diesem Vokabular benannt.',
  'settings.staleDays': 'Veraltet nach (Tagen)',
  'settings.staleHint': 'Wer länger nicht überprüft wurde, wird zur Prüfung markiert.',
  'settings.staleInvalid': 'Geben Sie eine ganze Zahl von 1 bis 365 Tagen ein.',
  'settings.bom': 'Byte-Order-Mark in CSV-Dateien',
  'settings.bomHint': 'Damit Excel kyrillische, chinesische und akzentuierte Namen richtig liest.',
  'settings.saved': 'Gespeichert.',
  'settings.failed': 'Die Einstellung konnte nicht gespeichert werden ({detail}).',
  // Automatic recognition on chosen sites
  'sites.heading': 'Automatische Erkennung',
  'sites.explain':
    'Rolecall läuft auf einer Seite nur, wenn Sie es aufrufen. Auf den hier aufgeführten Websites zeigt es außerdem ohne Klick die Rollen markierter Personen und weist auf geänderte Titel hin. Beim Hinzufügen einer Website fragt der Browser nach der Erlaubnis, ihre Seiten zu lesen.',
  'sites.site': 'Website',
  'sites.add': 'Einschalten',
  'sites.turnOff': 'Ausschalten',
  'sites.remove': 'Erkennung auf {site} ausschalten',
  'sites.list': 'Websites mit automatischer Erkennung',
  'sites.none': 'Noch keine Websites: Rolecall läuft nur, wenn Sie es aufrufen.',
  'sites.asking': 'Der Browser fragt, ob Rolecall {site} lesen darf…',
  'sites.added': 'Erkennung ist für {site} eingeschaltet.',
  'sites.removed': 'Erkennung für {site} ist aus, und die Berechtigung wurde zurückgegeben.',
  'sites.already': '{site} steht schon auf der Liste.',
  'sites.denied':
    'Der Browser hat keinen Zugriff auf {site} erteilt, daher bleibt die Erkennung dort aus.',
  'sites.failed': 'Die Berechtigung konnte nicht geändert werden ({detail}).',
  'site.empty': 'Geben Sie eine Website ein, etwa linkedin.com.',
  'site.notWeb': '„{input}“ ist keine Website. Erkannt werden nur http- und https-Websites.',
  'site.notASite':
    '„{input}“ ist keine Website-Adresse. Geben Sie eine Domain wie linkedin.com ein.',
  'site.ipAddress': 'Geben Sie den Domainnamen statt einer IP-Adresse ein.',
  'site.sharedSuffix':
    '„{input}“ teilen sich viele Websites. Geben Sie eine einzelne Website ein, etwa example.co.uk.',
  // Storage
  'storage.heading': 'Speicher',
  'storage.used': '{used} von {quota} belegt, die dem Browser zur Verfügung stehen',
  'storage.unknown': 'Dieser Browser gibt nicht an, wie viel Speicher belegt ist.',
  'storage.persisted': 'Der Browser behält diese Daten auch bei knappem Speicherplatz.',
  'storage.notPersisted': 'Der Browser kann diese Daten bei knappem Speicherplatz löschen.',
  'storage.persist': 'Browser bitten, die Daten zu behalten',
  'storage.persistRefused':
    'Der Browser hat nicht zugesagt, die Daten zu behalten. Laden Sie ab und zu eine Sicherung herunter.',
  // Erasing everything
  'erase.heading': 'Alles löschen',
  'erase.explain':
    'Entfernt alle Unternehmen, Stakeholder und Einstellungen aus diesem Browser. Das lässt sich nicht rückgängig machen.',
  'erase.start': 'Alles löschen…',
  'erase.question': 'Alle Unternehmen ({accounts}) und Stakeholder ({people}) löschen?',
  'erase.offerBackup':
    'Laden Sie zuerst eine Sicherung herunter: Sie lässt sich später wieder importieren.',
  'erase.backup': 'Sicherung herunterladen',
  'erase.backedUp': 'Sicherung heruntergeladen: {file}',
  'erase.backupFailed':
    'Die Sicherung konnte nicht erstellt werden ({detail}). Es wurde nichts gelöscht.',
  'erase.confirm': 'Jetzt alles löschen',
  'erase.done': 'Alles wurde gelöscht.',
  'erase.failed': 'Löschen nicht möglich ({detail}). Ihre Daten sind unverändert.',
};
