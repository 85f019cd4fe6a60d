/** The mapping step for someone else's CSV: which of our fields each column holds, checked as the rep edits. */
import { useState } from 'preact/hooks';
import {
  type CsvTable,
  IMPORT_FIELDS,
  type ImportField,
  type ColumnMapping as Mapping,
  mappingProblems,
  sayIn,
} from '../../lib/transfer';
import { useLanguage, useText } from '../i18n';

export interface ColumnMappingProps {
  table: CsvTable;
  proposed: Mapping;
  onContinue: (mapping: Mapping, fallbackAccountName: string) => void;
  onCancel: () => void;
}

const IGNORE = '';

export function ColumnMapping({ table, proposed, onContinue, onCancel }: ColumnMappingProps) {
  const t = useText();
  const language = useLanguage();
  const [mapping, setMapping] = useState<Mapping>(proposed);
  const [fallback, setFallback] = useState('');
  const problems = mappingProblems(mapping, fallback.trim() !== '');
  const sample = table.rows.find((row) => row.some((cell) => cell.trim() !== '')) ?? [];

  function choose(column: number, value: string) {
    const field = IMPORT_FIELDS.find((candidate) => candidate === value) ?? null;
    setMapping(mapping.map((current, index) => (index === column ? field : current)));
  }

  return (
    <div class="rc-mapping">
      <h3>{t('transfer.mapping.heading')}</h3>
      <p class="rc-hint">
        {t('transfer.mapping.hint', { file: table.file, rows: table.rows.length })}
      </p>
      <table class="rc-table">
        <thead>
          <tr>
            <th scope="col">{t('transfer.mapping.column')}</th>
            <th scope="col">{t('transfer.mapping.sample')}</th>
            <th scope="col">{t('transfer.mapping.field')}</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((header, column) => (
            // Columns are identified by position: two may share a header.
            <tr key={column}>
              <th scope="row">{header}</th>
              <td class="rc-mapping__sample">{sample[column] ?? ''}</td>
              <td>
                <select
                  class="rc-input"
                  aria-label={`${t('transfer.mapping.field')}: ${header}`}
                  value={mapping[column] ?? IGNORE}
                  onChange={(event) => choose(column, event.currentTarget.value)}
                >
                  <option value={IGNORE}>{t('transfer.mapping.ignore')}</option>
                  {IMPORT_FIELDS.map((field: ImportField) => (
                    <option key={field} value={field}>
                      {t(`transfer.field.${field}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="rc-field">
        <span>{t('transfer.mapping.fallback')}</span>
        <input
          class="rc-input"
          value={fallback}
          maxLength={200}
          aria-describedby="rc-mapping-fallback-hint"
          onInput={(event) => setFallback(event.currentTarget.value)}
        />
      </label>
      <small id="rc-mapping-fallback-hint" class="rc-hint">
        {t('transfer.mapping.fallbackHint')}
      </small>
      {problems.length > 0 && (
        <ul class="rc-problems" aria-live="polite">
          {problems.map((said) => (
            <li key={said.key + JSON.stringify(said.params ?? {})}>{sayIn(language, said)}</li>
          ))}
        </ul>
      )}
      <span class="rc-actions rc-actions--start">
        <button
          type="button"
          class="rc-button rc-button--primary"
          disabled={problems.length > 0}
          onClick={() => onContinue(mapping, fallback.trim())}
        >
          {t('transfer.mapping.continue')}
        </button>
        <button type="button" class="rc-button" onClick={onCancel}>
          {t('transfer.preview.cancel')}
        </button>
      </span>
    </div>
  );
}
