/** The column-mapping step: propose which field each CSV column holds; check a rep's edited choice. */
import { normalizeName } from '../model';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields';
import { HEADER_WORDS } from './header-words';
import { type Said, say } from './result';

/** One entry per column, in column order; null means "ignore this column". */
export type ColumnMapping = (ImportField | null)[];

function fold(header: string): string {
  return normalizeName(header).replace(/[\s_-]+/gu, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, ImportField> = (() => {
  const byHeader = new Map<string, ImportField>();
  // Our own headers win over synonyms, so our CSV always maps completely.
  for (const field of IMPORT_FIELDS) byHeader.set(fold(FIELD_LABELS[field]), field);
  for (const field of IMPORT_FIELDS) {
    for (const word of HEADER_WORDS[field] ?? [])
      if (!byHeader.has(fold(word))) byHeader.set(fold(word), field);
  }
  return byHeader;
})();

/** The first column that names a field gets it; later duplicates are ignored. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = FIELD_BY_HEADER.get(fold(header));
    if (field === undefined || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Columns our CSV gained later: a file written before them is still ours. */
const ADDED_LATER: ReadonlySet<ImportField> = new Set(['seniority']);

/** Whether the table is our own CSV: every one of our columns is there. */
export function isOwnCsv(mapping: ColumnMapping): boolean {
  return IMPORT_FIELDS.every((field) => ADDED_LATER.has(field) || mapping.includes(field));
}

/** What is missing or doubled in a mapping, as instructions for the mapping step. */
export function mappingProblems(mapping: ColumnMapping, hasFallbackAccount: boolean): Said[] {
  const problems: Said[] = [];
  const seen = new Set<ImportField>();
  for (const field of mapping) {
    if (field === null) continue;
    if (seen.has(field))
      problems.push(say('transfer.problem.twoColumns', { field: say(`transfer.field.${field}`) }));
    seen.add(field);
  }
  if (!seen.has('name') && !seen.has('first-name') && !seen.has('last-name')) {
    problems.push(say('transfer.problem.chooseName'));
  }
  const hasAccount =
    seen.has('account-name') || seen.has('account-id') || seen.has('account-domains');
  if (!hasAccount && !hasFallbackAccount) problems.push(say('transfer.problem.chooseCompany'));
  return problems;
}
