/** Words for moving maps in and out, in German. */
import type { TransferCatalog } from './index';

export const transferDe: TransferCatalog = {
  // Where a problem is
  'transfer.where.row': 'Zeile {row}',
  'transfer.where.rowColumn': 'Zeile {row}, Spalte „{column}“',
  'transfer.where.line': 'Zeile {line}',
  'transfer.where.lineColumn': 'Zeile {line}, Spalte {column}',
  'transfer.where.mapping': 'Spaltenzuordnung',
  'transfer.where.path': '{path}',
  'transfer.where.person': 'Person {number}',
  'transfer.where.personNamed': 'Person {number} ({name})',
  'transfer.where.account': 'Unternehmen {number}',
  'transfer.where.accountNamed': 'Unternehmen {number} ({name})',
  'transfer.where.deal': 'Deal {number}',
  'transfer.where.dealNamed': 'Deal {number} ({name})',
  'transfer.where.record': '{record} ({path})',
  'transfer.where.recordField': '{record}, Feld „{field}“ ({path})',
  'transfer.where.personByName': 'Person „{name}“',
  // What a value is
  'transfer.kind.text': 'Text',
  'transfer.kind.number': 'eine Zahl',
  'transfer.kind.list': 'eine Liste',
  'transfer.kind.object': 'ein Objekt',
  'transfer.kind.boolean': 'wahr oder falsch',
  // What is wrong with a file
  'transfer.problem.tooBig':
    'Die Datei ist {size} groß; Rolecall importiert Dateien bis {max}. Prüfen Sie, ob es eine Rolecall-Sicherung oder eine CSV-Datei mit Kontakten ist, oder teilen Sie sie in kleinere Dateien auf.',
  'transfer.problem.emptyFile': 'Die Datei ist leer.',
  'transfer.problem.workbook':
    'Das ist eine Excel-Arbeitsmappe oder ZIP-Datei, keine CSV-Datei. Speichern Sie sie als „CSV UTF-8“ und importieren Sie diese.',
  'transfer.problem.binary':
    'Das ist keine Textdatei (sie sieht nach Binärdaten aus). Wählen Sie eine Rolecall-Sicherung (.json) oder eine CSV-Datei.',
  'transfer.problem.badEncoding':
    'Diese Zeile ist kein gültiger {encoding}-Text (die Datei mischt vermutlich Kodierungen, z. B. Zeilen aus einer älteren Tabelle). Öffnen Sie die Datei in einer Tabellenkalkulation, speichern Sie sie als „CSV UTF-8“ und importieren Sie erneut.',
  'transfer.problem.notBackupStart':
    'Das ist keine Rolecall-Sicherung: Eine Sicherung ist eine JSON-Datei, die mit „{“ beginnt.',
  'transfer.problem.cutOff':
    'Die Datei endet zu früh, als wäre sie abgeschnitten (abgebrochener Download oder Kopiervorgang?). Exportieren Sie die Sicherung erneut und importieren Sie die neue Datei.',
  'transfer.problem.invalidJson': 'Das ist kein gültiges JSON und damit keine Rolecall-Sicherung.',
  'transfer.problem.notRolecall':
    'Diese JSON-Datei ist keine Rolecall-Sicherung (ihr fehlt "format": "{format}").',
  'transfer.problem.newerVersion':
    'Diese Sicherung stammt von einer neueren Rolecall-Version (Formatversion {version}; diese liest Version {supported}). Aktualisieren Sie Rolecall und importieren Sie dann erneut.',
  'transfer.problem.sameAccountId':
    'hat dieselbe ID wie Unternehmen {first}; jedes Unternehmen darf nur einmal vorkommen.',
  'transfer.problem.samePersonId':
    'hat dieselbe ID wie Person {first}; jede Person darf nur einmal vorkommen.',
  'transfer.problem.accountNotInFile':
    'gehört zum Unternehmen „{account}“, das nicht in dieser Datei steht.',
  'transfer.problem.sameDealId':
    'hat dieselbe ID wie Deal {first}; jeder Deal darf nur einmal vorkommen.',
  'transfer.problem.dealNotInAccount':
    'ist an Deal „{deal}“ beteiligt, der in dieser Datei kein Deal seines Unternehmens ist.',
  'transfer.problem.missing': 'fehlt.',
  'transfer.problem.notWhole': 'muss eine ganze Zahl sein, nicht {got}.',
  'transfer.problem.shouldBe': 'muss {expected} sein, nicht {got}.',
  'transfer.problem.notOneOf': '{got} ist keiner dieser Werte: {values}.',
  'transfer.problem.tooLong': 'ist länger als {max} Zeichen.',
  'transfer.problem.aboveMax': 'ist größer als {max}.',
  'transfer.problem.blank': 'ist leer.',
  'transfer.problem.tooFew': 'braucht mindestens {min} Einträge.',
  'transfer.problem.negative': 'ist negativ.',
  'transfer.problem.belowMin': 'ist kleiner als {min}.',
  'transfer.problem.notDateTime': '{got} ist kein Datum mit Uhrzeit wie 2024-03-01T09:30:00.000Z.',
  'transfer.problem.badFormat': '{got} ist kein gültiges Format „{format}“.',
  'transfer.problem.other': '{detail}',
  'transfer.problem.more': '…und {count} weitere Probleme dieser Art.',
  'transfer.problem.notCsv': 'Die Datei lässt sich nicht als CSV lesen.',
  'transfer.problem.openQuote':
    'Eine Zelle öffnet ein Anführungszeichen ("), das nie geschlossen wird; der Rest der Datei wäre eine einzige Zelle.',
  'transfer.problem.textAfterQuote':
    'Eine Zelle in Anführungszeichen hat nach dem schließenden Anführungszeichen (") noch Text vor dem nächsten Komma.',
  'transfer.problem.badRow': 'Diese Zeile ist kein gültiges CSV.',
  'transfer.problem.tooManyRows':
    'Die Datei hat mehr als {max} Zeilen; Rolecall importiert bis zu {max} Personen auf einmal. Teilen Sie sie in kleinere Dateien auf.',
  'transfer.problem.noHeader': 'Die erste Zeile sollte die Spalten benennen, ist aber leer.',
  'transfer.problem.noRows': 'Die Datei hat Spaltennamen, aber keine Zeilen.',
  'transfer.problem.samePersonRow':
    'hat dieselbe Personen-ID wie Zeile {row}; jede Person darf nur einmal vorkommen.',
  'transfer.problem.noCompany': 'nennt kein Unternehmen für diese Person.',
  'transfer.problem.notDate': '{got} ist kein Datum wie 2024-03-01.',
  'transfer.problem.notDateOrTime':
    '{got} ist kein Datum wie 2024-03-01 oder 2024-03-01T09:30:00Z.',
  'transfer.problem.formula':
    'beginnt wie eine Tabellenformel; sie bleibt reiner Text, wird nie ausgeführt, und Exporte entschärfen sie.',
  'transfer.problem.nobodyCalled':
    'im Unternehmen „{account}“ gibt es in dieser Datei niemanden namens {name}; leer gelassen.',
  'transfer.problem.twoColumns': 'Zwei Spalten sind beide „{field}“ zugeordnet; wählen Sie eine.',
  'transfer.problem.chooseName':
    'Wählen Sie die Spalte mit dem Namen der Person (voller Name oder Vor- und Nachname).',
  'transfer.problem.chooseCompany':
    'Wählen Sie die Spalte mit dem Unternehmensnamen oder ein Unternehmen für alle.',
  'transfer.problem.bossUnknown':
    'berichtet an jemanden, der weder in der Datei noch in Ihrer Karte steht; „Berichtet an“ wurde leer gelassen.',
  'transfer.problem.writeRefused':
    'Nichts wurde importiert: Die Datenbank des Browsers hat das Schreiben abgelehnt ({reason}). Ihre Karte ist unverändert.',
  'transfer.problem.cannotOpen': 'Die Datei lässt sich nicht öffnen (gibt es sie?).',
  // The fields a CSV column can hold
  'transfer.field.account-name': 'Unternehmen (Name)',
  'transfer.field.account-domains': 'Website-Domains des Unternehmens',
  'transfer.field.first-name': 'Vorname',
  'transfer.field.last-name': 'Nachname',
  'transfer.field.name': 'Vollständiger Name',
  'transfer.field.title': 'Position',
  'transfer.field.department': 'Abteilung',
  'transfer.field.seniority': 'Hierarchieebene',
  'transfer.field.roles': 'Entscheidungsrollen',
  'transfer.field.stance': 'Haltung',
  'transfer.field.influence': 'Einfluss',
  'transfer.field.reports-to': 'Berichtet an (Name)',
  'transfer.field.email': 'E-Mail',
  'transfer.field.phone': 'Telefon',
  'transfer.field.profile-url': 'Profil-URL',
  'transfer.field.evidence-source-url': 'Nachweis: Quellseite',
  'transfer.field.evidence-captured-at': 'Nachweis: erfasst am',
  'transfer.field.evidence-method': 'Nachweis: wie erfasst',
  'transfer.field.evidence-last-verified-at': 'Nachweis: zuletzt geprüft',
  'transfer.field.note': 'Notizen',
  'transfer.field.created-at': 'Person angelegt am',
  'transfer.field.updated-at': 'Person geändert am',
  'transfer.field.account-stage': 'Phase des Deals',
  'transfer.field.deal-name': 'Deal',
  'transfer.field.deal-id': 'Rolecall-Deal-ID',
  'transfer.field.deal-amount': 'Deal-Betrag',
  'transfer.field.deal-close-date': 'Abschlussdatum',
  'transfer.field.deal-crm-id': 'Opportunity-ID im CRM',
  'transfer.field.account-decision-mode': 'Wie entschieden wird',
  'transfer.field.account-channel': 'Kanal des Deals',
  'transfer.field.account-preset': 'Vertriebsmethodik',
  'transfer.field.account-language': 'Sprache der Fragen',
  'transfer.field.account-created-at': 'Unternehmen angelegt am',
  'transfer.field.account-updated-at': 'Unternehmen geändert am',
  'transfer.field.deal-created-at': 'Deal angelegt am',
  'transfer.field.deal-updated-at': 'Deal geändert am',
  'transfer.field.person-id': 'Rolecall-Personen-ID',
  'transfer.field.account-id': 'Rolecall-Unternehmens-ID',
  'transfer.field.reports-to-id': 'Berichtet an (Rolecall-ID)',
  // Export
  'transfer.export.heading': 'Exportieren',
  'transfer.export.what': 'Was exportieren',
  'transfer.export.all': 'Alle Unternehmen ({accounts} Unternehmen, {people} Personen)',
  'transfer.export.one': 'Ein Unternehmen',
  'transfer.export.account': 'Unternehmen',
  'transfer.export.format': 'Format',
  'transfer.export.json': 'Rolecall-Sicherung (JSON)',
  'transfer.export.jsonHint':
    'Alles, mit IDs und Nachweisen: auf einem neuen Rechner wiederherstellen oder mit Kollegen teilen.',
  'transfer.export.csv': 'Tabelle (CSV)',
  'transfer.export.csvHint':
    'Eine Zeile pro Person und Deal, für Excel, Google Sheets oder Numbers.',
  'transfer.export.hubspot': 'HubSpot-Kontakte und -Deals (drei CSV-Dateien)',
  'transfer.export.hubspotHint':
    'In HubSpot zuerst die Kontaktdatei importieren, dann die Deal-Datei, dann die Deal-Kontakte (Zuordnungen mit Labels nach den Rollen); siehe README.',
  'transfer.export.salesforce': 'Salesforce (zwei CSV-Dateien)',
  'transfer.export.salesforceHint':
    'Zuerst die Kontaktdatei mit dem Datenimport-Assistenten importieren, dann die Datei mit den Kontaktrollen; siehe README.',
  'transfer.export.download': 'Herunterladen',
  'transfer.export.downloaded': 'Heruntergeladen: {files}.',
  'transfer.export.nothing': 'Noch nichts zu exportieren: Erfassen Sie zuerst einige Personen.',
  'transfer.export.failed':
    'Export fehlgeschlagen ({detail}). Ihre Karte ist unverändert: Versuchen Sie es erneut.',
  'transfer.export.short': '{account} exportieren',
  'transfer.export.as': '{account} als {format} herunterladen',
  'transfer.format.json': 'JSON',
  'transfer.format.csv': 'CSV',
  'transfer.format.hubspot': 'HubSpot',
  'transfer.format.salesforce': 'Salesforce',
  // Import
  'transfer.import.heading': 'Importieren',
  'transfer.import.choose': 'Datei auswählen',
  'transfer.import.hint':
    'Eine Rolecall-Sicherung (.json) oder eine CSV-Datei mit Kontakten aus einer Tabelle oder einem CRM. Geschrieben wird erst, wenn Sie die Vorschau bestätigen.',
  'transfer.import.reading': '{file} wird gelesen…',
  'transfer.import.parsing': '{file} wird gelesen…',
  'transfer.import.checking': '{file} wird geprüft…',
  'transfer.import.planning': '{file} wird mit Ihrer Karte verglichen…',
  'transfer.import.writing': '{file} wird importiert…',
  'transfer.import.progress': '{percent} %',
  'transfer.import.refused': '{file} wurde nicht importiert. Ihre Karte ist unverändert.',
  'transfer.import.applyFailed':
    'Der Import wurde nicht abgeschlossen. Ihre Karte ist unverändert.',
  'transfer.import.another': 'Andere Datei wählen',
  'transfer.import.done':
    '{file} importiert: {accountsAdded} neue und {accountsUpdated} aktualisierte Unternehmen, {peopleAdded} neue und {peopleUpdated} aktualisierte Personen.',
  'transfer.import.kept': 'Ihre Fassung von {count} Personen wurde behalten.',
  'transfer.import.warnings': 'Gut zu wissen',
  'transfer.mapping.heading': 'Welche Spalte enthält was?',
  'transfer.mapping.hint':
    'Rolecall hat anhand der Spaltennamen von {file} ({rows} Zeilen) geraten. Prüfen Sie jede Zuordnung; Spalten auf „Ignorieren“ werden nicht importiert.',
  'transfer.mapping.column': 'Spalte in der Datei',
  'transfer.mapping.sample': 'Erste Zeile',
  'transfer.mapping.field': 'Importieren als',
  'transfer.mapping.ignore': 'Ignorieren',
  'transfer.mapping.fallback': 'Unternehmen für Zeilen ohne Unternehmen',
  'transfer.mapping.fallbackHint': 'Leer lassen, wenn jede Zeile ihr Unternehmen nennt.',
  'transfer.mapping.continue': 'Vorschau des Imports',
  'transfer.mapping.back': 'Zurück zu den Spalten',
  'transfer.preview.heading': 'Vorschau: {file}',
  'transfer.preview.accountsAdd': 'Neue Unternehmen',
  'transfer.preview.accountsUpdate': 'Aktualisierte Unternehmen',
  'transfer.preview.peopleAdd': 'Neue Personen',
  'transfer.preview.peopleUpdate': 'Aktualisierte Personen',
  'transfer.preview.unchanged': 'Schon in Ihrer Karte',
  'transfer.preview.nothingNew': 'Alles aus dieser Datei ist schon in Ihrer Karte.',
  'transfer.preview.conflicts': 'Personen, die schon in Ihrer Karte sein könnten',
  'transfer.preview.conflictsHint': 'Wählen Sie für jede Art, was mit ihnen geschieht.',
  'transfer.preview.pair': '{mine} in Ihrer Karte, {theirs} in der Datei ({account})',
  'transfer.preview.more': '…und {count} weitere',
  'transfer.preview.apply': 'Importieren',
  'transfer.preview.cancel': 'Abbrechen',
  'transfer.conflict.edited-here':
    'In Ihrer Karte geändert, seit die Datei erstellt wurde ({count})',
  'transfer.conflict.profile-url': 'Gleiche Profiladresse ({count})',
  'transfer.conflict.email': 'Gleiche E-Mail ({count})',
  'transfer.conflict.name': 'Gleicher Name im gleichen Unternehmen ({count})',
  'transfer.choice.keep-mine': 'Meine behalten',
  'transfer.choice.take-theirs': 'Ihre übernehmen',
  'transfer.choice.keep-both': 'Beide behalten',
  // Erasing an account
  'transfer.erase.button': 'Dieses Unternehmen löschen',
  'transfer.erase.question':
    '{account} und alle {count} Personen darin löschen? Alle Daten zu ihnen werden entfernt.',
  'transfer.erase.keep': 'Behalten',
  'transfer.erase.confirm': 'Löschen',
  'transfer.erase.done': '{account} gelöscht.',
  'transfer.erase.undo': 'Rückgängig',
  'transfer.erase.failed': 'Löschen fehlgeschlagen ({detail}). Es wurde nichts entfernt.',
  // The pre-export check for CRM files, and messages added with it
  'transfer.problem.noVersion':
    'Diese Rolecall-Sicherung hat keine „version“ (eine ganze Zahl wie 1), daher weiß Rolecall nicht, wie sie zu lesen ist. Exportieren Sie die Sicherung erneut oder ergänzen Sie "version": 1, falls die Datei von Hand geschrieben wurde.',
  'transfer.problem.versionNotNumber':
    '„version“ sollte eine ganze Zahl wie 1 sein, nicht {got}. Schreiben Sie sie ohne Anführungszeichen ("version": 1) oder exportieren Sie die Sicherung erneut.',
  'transfer.problem.jsonNotUtf8':
    'Diese Zeile ist kein gültiges UTF-8. Eine Rolecall-Sicherung ist immer UTF-8, die Datei wurde also nach dem Export verändert (von einem Editor in einer anderen Kodierung gespeichert?). Exportieren Sie die Sicherung erneut oder speichern Sie die Datei im Editor als UTF-8.',
  'transfer.problem.missingOneOf': 'fehlt; erlaubt ist einer dieser Werte: {values}.',
  'transfer.problem.trailingComma':
    'Vor dieser Klammer steht ein Komma nach dem letzten Eintrag, was JSON nicht erlaubt. Entfernen Sie dieses Komma und importieren Sie erneut.',
  'transfer.problem.reportsToSelf':
    'berichtet an sich selbst; „berichtet an“ muss eine andere Person nennen. Leeren Sie das Feld oder wählen Sie die vorgesetzte Person und importieren Sie erneut.',
  'transfer.problem.controlChar':
    'enthält ein unsichtbares Steuerzeichen ({code}), das in keinem Text stehen sollte und CSV-Dateien unbrauchbar macht. Die Datei ist vielleicht beschädigt: Entfernen Sie das Zeichen und importieren Sie erneut.',
  'transfer.check.heading': 'Bevor Sie dies in {crm} importieren',
  'transfer.check.hint':
    'Die Datei ist fertig, aber {crm} wird damit Folgendes tun. Beheben Sie das zuerst in Rolecall oder laden Sie trotzdem herunter.',
  'transfer.check.names': '{names}',
  'transfer.check.namesMore': '{names} und {more} weitere',
  'transfer.check.noDomain':
    '{count} Unternehmen ohne Website-Domain: {names}. HubSpot ordnet Firmen über die Domain zu und legt daher für jeden Kontakt dieser Unternehmen eine neue Firma an. Abhilfe: Domain beim Unternehmen in Rolecall eintragen und erneut exportieren.',
  'transfer.check.noEmail':
    '{count} Person(en) ohne E-Mail: {names}. HubSpot erkennt vorhandene Kontakte nur an der E-Mail, legt sie also bei jedem Import neu an und kann ihnen keine Buying Roles hinzufügen. Abhilfe: E-Mail in Rolecall ergänzen oder einmal importieren und danach in HubSpot pflegen.',
  'transfer.check.tooLong':
    '{count} Wert(e) in „{column}“ sind länger, als Salesforce erlaubt ({max} Zeichen): {names}. Salesforce lehnt diese Zeilen ab. Abhilfe: in Rolecall kürzen und erneut exportieren.',
  'transfer.check.guarded':
    '{count} Wert(e) in „{column}“ beginnen wie eine Tabellenformel: {names}. Sie erhalten ein führendes Apostroph, damit keine Tabellenkalkulation sie ausführt, und {crm} speichert dieses Apostroph. Abhilfe: Soll ein Wert nicht so beginnen, ändern Sie ihn in Rolecall.',
  'transfer.check.otherRole':
    '{count} Person(en) sind Gatekeeper oder Initiatoren: {names}. {crm} kennt diese Rolle nicht und führt sie als „Other“. Abhilfe: nicht nötig; um den Unterschied zu behalten, die Rolle in {crm} als Wert anlegen und diese Zeilen ändern.',
  'transfer.check.sameAccountName':
    'Verschiedene Unternehmen tragen denselben Namen: {names}. Der Import-Assistent ordnet Accounts nach Name und Standort zu, ihre Kontakte landen also in einem Account. Abhilfe: eines in Rolecall umbenennen (Stadt oder Land ergänzen) und erneut exportieren.',
  'transfer.check.anyway': 'Trotzdem herunterladen',
  'transfer.check.cancel': 'Abbrechen',
  'transfer.export.hubspotAdd':
    'Buying Roles zu den vorhandenen Rollen der Kontakte in HubSpot hinzufügen, statt sie zu ersetzen',
};
