/** Words for moving maps in and out (lib/transfer, components/transfer), in English: the reference. */
export const transferEn = {
  // Where a problem is
  'transfer.where.row': 'Row {row}',
  'transfer.where.rowColumn': 'Row {row}, column "{column}"',
  'transfer.where.line': 'Line {line}',
  'transfer.where.lineColumn': 'Line {line}, column {column}',
  'transfer.where.mapping': 'Column mapping',
  'transfer.where.path': '{path}',
  'transfer.where.person': 'Person {number}',
  'transfer.where.personNamed': 'Person {number} ({name})',
  'transfer.where.account': 'Account {number}',
  'transfer.where.accountNamed': 'Account {number} ({name})',
  'transfer.where.deal': 'Deal {number}',
  'transfer.where.dealNamed': 'Deal {number} ({name})',
  'transfer.where.record': '{record} ({path})',
  'transfer.where.recordField': '{record}, field "{field}" ({path})',
  'transfer.where.personByName': 'Person "{name}"',
  // What a value is, in "should be … not …"
  'transfer.kind.text': 'text',
  'transfer.kind.number': 'a number',
  'transfer.kind.list': 'a list',
  'transfer.kind.object': 'an object',
  'transfer.kind.boolean': 'true or false',
  // What is wrong with a file
  'transfer.problem.tooBig':
    'The file is {size}; Rolecall imports files up to {max}. Check this is a Rolecall backup or a CSV of contacts, or split it into smaller files.',
  'transfer.problem.emptyFile': 'The file is empty.',
  'transfer.problem.workbook':
    'This is a spreadsheet workbook or a zip file, not CSV. Save it as "CSV UTF-8" and import that.',
  'transfer.problem.binary':
    'This is not a text file (it looks like binary data). Choose a Rolecall backup (.json) or a CSV file.',
  'transfer.problem.badEncoding':
    'This line is not valid {encoding} text (the file may mix encodings, e.g. rows pasted from an older spreadsheet). Open the file in a spreadsheet, save it as "CSV UTF-8" and import again.',
  'transfer.problem.notBackupStart':
    'This is not a Rolecall backup: a backup is a JSON file that starts with "{".',
  'transfer.problem.cutOff':
    'The file ends too early, as if it was cut off (an interrupted download or copy?). Export the backup again and import the new file.',
  'transfer.problem.invalidJson': 'This is not valid JSON, so it cannot be a Rolecall backup.',
  'transfer.problem.notRolecall':
    'This JSON file is not a Rolecall backup (it has no "format": "{format}").',
  'transfer.problem.newerVersion':
    'This backup was made by a newer Rolecall (format version {version}; this one reads version {supported}). Update Rolecall, then import again.',
  'transfer.problem.sameAccountId':
    'has the same id as account {first}; each account must appear once.',
  'transfer.problem.samePersonId':
    'has the same id as person {first}; each person must appear once.',
  'transfer.problem.accountNotInFile': 'belongs to account "{account}", which is not in this file.',
  'transfer.problem.sameDealId': 'has the same id as deal {first}; each deal must appear once.',
  'transfer.problem.dealNotInAccount':
    'takes part in deal "{deal}", which is not a deal of their account in this file.',
  'transfer.problem.missing': 'is missing.',
  'transfer.problem.notWhole': 'should be a whole number, not {got}.',
  'transfer.problem.shouldBe': 'should be {expected}, not {got}.',
  'transfer.problem.notOneOf': '{got} is not one of {values}.',
  'transfer.problem.tooLong': 'is longer than {max} characters.',
  'transfer.problem.aboveMax': 'is more than {max}.',
  'transfer.problem.blank': 'is empty.',
  'transfer.problem.tooFew': 'needs at least {min} item(s).',
  'transfer.problem.negative': 'is negative.',
  'transfer.problem.belowMin': 'is less than {min}.',
  'transfer.problem.notDateTime': '{got} is not a date and time like 2024-03-01T09:30:00.000Z.',
  'transfer.problem.badFormat': '{got} is not a valid {format}.',
  'transfer.problem.other': '{detail}',
  'transfer.problem.more': '…and {count} more problem(s) like these.',
  'transfer.problem.notCsv': 'The file could not be read as CSV.',
  'transfer.problem.openQuote':
    'A cell opens a quote (") that is never closed, so the rest of the file would be one cell.',
  'transfer.problem.textAfterQuote':
    'A quoted cell has text after its closing quote (") before the next comma.',
  'transfer.problem.badRow': 'This row is not valid CSV.',
  'transfer.problem.tooManyRows':
    'The file has more than {max} rows; Rolecall imports up to {max} people at a time. Split it into smaller files.',
  'transfer.problem.noHeader': 'The first row should name the columns, but it is empty.',
  'transfer.problem.noRows': 'The file has column names but no rows.',
  'transfer.problem.samePersonRow':
    'has the same person id as row {row}; each person must appear once.',
  'transfer.problem.noCompany': 'names no company (account) for this person.',
  'transfer.problem.notDate': '{got} is not a date like 2024-03-01.',
  'transfer.problem.notDateOrTime': '{got} is not a date like 2024-03-01 or 2024-03-01T09:30:00Z.',
  'transfer.problem.formula':
    'starts like a spreadsheet formula; it is kept as plain text, never run, and exports neutralise it.',
  'transfer.problem.nobodyCalled':
    'nobody called {name} is in account "{account}" in this file; left empty.',
  'transfer.problem.twoColumns': 'Two columns are both set to "{field}"; choose one.',
  'transfer.problem.chooseName':
    "Choose the column with the person's name (full name, or first and last name).",
  'transfer.problem.chooseCompany':
    'Choose the column with the company (account) name, or pick one account for everybody.',
  'transfer.problem.bossUnknown':
    'reports to someone who is neither in the file nor in your map; "reports to" was left empty.',
  'transfer.problem.writeRefused':
    "Nothing was imported: the browser's database refused the write ({reason}). Your map is unchanged.",
  'transfer.problem.cannotOpen': 'The file cannot be opened (does it exist?).',
  // The fields a CSV column can hold, as the mapping step names them
  'transfer.field.account-name': 'Account (company name)',
  'transfer.field.account-domains': 'Account website domains',
  'transfer.field.first-name': 'First name',
  'transfer.field.last-name': 'Last name',
  'transfer.field.name': 'Full name',
  'transfer.field.title': 'Job title',
  'transfer.field.department': 'Department',
  'transfer.field.seniority': 'Seniority',
  'transfer.field.roles': 'Decision roles',
  'transfer.field.stance': 'Stance',
  'transfer.field.influence': 'Influence',
  'transfer.field.reports-to': 'Reports to (name)',
  'transfer.field.email': 'Email',
  'transfer.field.phone': 'Phone',
  'transfer.field.profile-url': 'Profile URL',
  'transfer.field.evidence-source-url': 'Evidence: source page',
  'transfer.field.evidence-captured-at': 'Evidence: captured at',
  'transfer.field.evidence-method': 'Evidence: how captured',
  'transfer.field.evidence-last-verified-at': 'Evidence: last verified',
  'transfer.field.note': 'Notes',
  'transfer.field.created-at': 'Person created at',
  'transfer.field.updated-at': 'Person updated at',
  'transfer.field.account-stage': 'Deal stage',
  'transfer.field.deal-name': 'Deal',
  'transfer.field.deal-id': 'Rolecall deal id',
  'transfer.field.deal-amount': 'Deal amount',
  'transfer.field.deal-close-date': 'Close date',
  'transfer.field.deal-crm-id': 'CRM opportunity id',
  'transfer.field.account-decision-mode': 'How they decide',
  'transfer.field.account-channel': 'Deal channel',
  'transfer.field.account-preset': 'Methodology',
  'transfer.field.account-language': 'Question language',
  'transfer.field.account-created-at': 'Account created at',
  'transfer.field.account-updated-at': 'Account updated at',
  'transfer.field.deal-created-at': 'Deal created at',
  'transfer.field.deal-updated-at': 'Deal updated at',
  'transfer.field.person-id': 'Rolecall person id',
  'transfer.field.account-id': 'Rolecall account id',
  'transfer.field.reports-to-id': 'Reports to (Rolecall id)',
  // Export (components/transfer)
  'transfer.export.heading': 'Export',
  'transfer.export.what': 'What to export',
  'transfer.export.all': 'All accounts ({accounts} accounts, {people} people)',
  'transfer.export.one': 'One account',
  'transfer.export.account': 'Account',
  'transfer.export.format': 'Format',
  'transfer.export.json': 'Rolecall backup (JSON)',
  'transfer.export.jsonHint':
    'Everything, ids and evidence included: restore it on a new computer or share it with a colleague.',
  'transfer.export.csv': 'Spreadsheet (CSV)',
  'transfer.export.csvHint': 'One row per person and deal, for Excel, Google Sheets or Numbers.',
  'transfer.export.hubspot': 'HubSpot contacts and deals (three CSV files)',
  'transfer.export.hubspotHint':
    'In HubSpot: import the contacts file, then the deals file, then the deal contacts file (associations labelled after the roles); see the README.',
  'transfer.export.salesforce': 'Salesforce (two CSV files)',
  'transfer.export.salesforceHint':
    'First import the contacts file with the Data Import Wizard, then the contact roles file; see the README.',
  'transfer.export.download': 'Download',
  'transfer.export.downloaded': 'Downloaded {files}.',
  'transfer.export.nothing': 'Nothing to export yet: tag some people first.',
  'transfer.export.failed': 'Could not export ({detail}). Your map is unchanged: try again.',
  'transfer.export.short': 'Export {account}',
  'transfer.export.as': 'Download {account} as {format}',
  'transfer.format.json': 'JSON',
  'transfer.format.csv': 'CSV',
  'transfer.format.hubspot': 'HubSpot',
  'transfer.format.salesforce': 'Salesforce',
  // Import (components/transfer)
  'transfer.import.heading': 'Import',
  'transfer.import.choose': 'Choose a file',
  'transfer.import.hint':
    'A Rolecall backup (.json) or a CSV of contacts from a spreadsheet or a CRM. Nothing is written until you confirm the preview.',
  'transfer.import.reading': 'Reading {file}…',
  'transfer.import.parsing': 'Reading {file}…',
  'transfer.import.checking': 'Checking {file}…',
  'transfer.import.planning': 'Comparing {file} with your map…',
  'transfer.import.writing': 'Importing {file}…',
  'transfer.import.progress': '{percent}%',
  'transfer.import.refused': '{file} was not imported. Nothing in your map changed.',
  'transfer.import.applyFailed': 'The import did not finish. Nothing in your map changed.',
  'transfer.import.another': 'Choose another file',
  'transfer.import.done':
    'Imported {file}: {accountsAdded} new and {accountsUpdated} updated accounts, {peopleAdded} new and {peopleUpdated} updated people.',
  'transfer.import.kept': 'Kept your version of {count} people.',
  'transfer.import.warnings': 'Worth knowing',
  'transfer.mapping.heading': 'Which column holds what?',
  'transfer.mapping.hint':
    'Rolecall guessed from the column names of {file} ({rows} rows). Check each guess; columns set to "Ignore" are not imported.',
  'transfer.mapping.column': 'Column in the file',
  'transfer.mapping.sample': 'First row',
  'transfer.mapping.field': 'Imports as',
  'transfer.mapping.ignore': 'Ignore',
  'transfer.mapping.fallback': 'Account for rows that name no company',
  'transfer.mapping.fallbackHint': 'Leave empty if every row names its company.',
  'transfer.mapping.continue': 'Preview the import',
  'transfer.mapping.back': 'Back to the columns',
  'transfer.preview.heading': 'Preview: {file}',
  'transfer.preview.accountsAdd': 'New accounts',
  'transfer.preview.accountsUpdate': 'Accounts updated',
  'transfer.preview.peopleAdd': 'New people',
  'transfer.preview.peopleUpdate': 'People updated',
  'transfer.preview.unchanged': 'Already in your map',
  'transfer.preview.nothingNew': 'Everything in this file is already in your map.',
  'transfer.preview.conflicts': 'People who may already be in your map',
  'transfer.preview.conflictsHint': 'Choose for each kind what happens to them.',
  'transfer.preview.pair': '{mine} in your map, {theirs} in the file ({account})',
  'transfer.preview.more': '…and {count} more',
  'transfer.preview.apply': 'Import',
  'transfer.preview.cancel': 'Cancel',
  'transfer.conflict.edited-here': 'Changed in your map since the file was made ({count})',
  'transfer.conflict.profile-url': 'Same profile address ({count})',
  'transfer.conflict.email': 'Same email ({count})',
  'transfer.conflict.name': 'Same name in the same account ({count})',
  'transfer.choice.keep-mine': 'Keep mine',
  'transfer.choice.take-theirs': 'Take theirs',
  'transfer.choice.keep-both': 'Keep both',
  // Erasing an account (components/transfer)
  'transfer.erase.button': 'Erase this account',
  'transfer.erase.question':
    'Erase {account} and all {count} people in it? Every record of them is removed.',
  'transfer.erase.keep': 'Keep',
  'transfer.erase.confirm': 'Erase',
  'transfer.erase.done': 'Erased {account}.',
  'transfer.erase.undo': 'Undo',
  'transfer.erase.failed': 'Could not erase ({detail}). Nothing was removed.',
  // The pre-export check for CRM files, and messages added with it
  'transfer.problem.noVersion':
    'This Rolecall backup has no "version" (a whole number such as 1), so Rolecall cannot tell how to read it. Export the backup again, or add "version": 1 if the file was written by hand.',
  'transfer.problem.versionNotNumber':
    '"version" should be a whole number such as 1, not {got}. Write it without quotes ("version": 1), or export the backup again.',
  'transfer.problem.jsonNotUtf8':
    'This line is not valid UTF-8. A Rolecall backup is always UTF-8, so the file was changed after it was exported (saved by an editor in another encoding?). Export the backup again, or save the file as UTF-8 in your editor.',
  'transfer.problem.missingOneOf': 'is missing; it should be one of {values}.',
  'transfer.problem.trailingComma':
    'A comma stands after the last item before this bracket, which JSON does not allow. Remove that comma and import again.',
  'transfer.problem.reportsToSelf':
    'reports to this same person; "reports to" must name someone else. Clear it or choose their manager, then import again.',
  'transfer.problem.controlChar':
    'holds an invisible control character ({code}), which no text should contain and which would break CSV files. The file may be damaged: remove the character and import again.',
  'transfer.check.heading': 'Before you import this into {crm}',
  'transfer.check.hint':
    'The file is ready, but {crm} will do the following with it. Fix these in Rolecall first, or download anyway.',
  'transfer.check.names': '{names}',
  'transfer.check.namesMore': '{names} and {more} more',
  'transfer.check.noDomain':
    '{count} account(s) have no website domain: {names}. HubSpot matches companies by domain, so it creates a new company for every contact of these accounts. Fix: add the domain to the account in Rolecall, then export again.',
  'transfer.check.noEmail':
    '{count} person(s) have no email: {names}. HubSpot recognises existing contacts by email only, so every import creates them again and cannot add buying roles to them. Fix: add their email in Rolecall, or import them once and update them in HubSpot afterwards.',
  'transfer.check.tooLong':
    '{count} value(s) in "{column}" are longer than Salesforce allows ({max} characters): {names}. Salesforce refuses these rows. Fix: shorten them in Rolecall, then export again.',
  'transfer.check.guarded':
    '{count} value(s) in "{column}" start like a spreadsheet formula: {names}. They get a leading apostrophe so that no spreadsheet runs them, and {crm} stores that apostrophe. Fix: if a value is not meant to start that way, edit it in Rolecall.',
  'transfer.check.otherRole':
    '{count} person(s) are gatekeepers or initiators: {names}. {crm} has no such role and keeps them as "Other". Fix: nothing needed; to keep the difference, add the role to {crm}\'s list of values and change these rows.',
  'transfer.check.sameAccountName':
    'Different accounts share a name: {names}. The Import Wizard matches accounts by name and site, so their contacts land in one account. Fix: rename one in Rolecall (add the city or country), then export again.',
  'transfer.check.anyway': 'Download anyway',
  'transfer.check.cancel': 'Cancel',
  'transfer.export.hubspotAdd':
    'Add buying roles to the ones contacts already have in HubSpot, instead of replacing them',
} as const;

export type TransferKey = keyof typeof transferEn;
