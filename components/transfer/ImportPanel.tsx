/**
 * Import a Rolecall backup (.json) or a CSV: choose a file, map the columns of someone else's
 * CSV, watch progress on big files, preview what would change (with a choice per kind of
 * conflict), then write it all in one transaction, or nothing. Every refusal lists what is
 * wrong and where, in the rep's language.
 *
 * Props: `{ db: RolecallDatabase }`. Mount it on a full page: a file dialog closes the popup
 * in some browsers.
 */
import './transfer.css';
import { useState } from 'preact/hooks';
import type { RolecallDatabase } from '../../lib/db';
import {
  type ApplySummary,
  applyImport,
  type ConflictChoices,
  type CsvTable,
  csvToSnapshot,
  type ImportPlan,
  type ImportProblem,
  type ColumnMapping as Mapping,
  type Progress,
  planImport,
  problem,
  readImportFile,
  type Snapshot,
  say,
} from '../../lib/transfer';
import { useText } from '../i18n';
import { ColumnMapping } from './ColumnMapping';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { ProblemList } from './ProblemList';

export interface ImportPanelProps {
  db: RolecallDatabase;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'working'; file: string; progress: Progress }
  | { kind: 'mapping'; table: CsvTable; mapping: Mapping }
  | { kind: 'refused'; file: string; problems: ImportProblem[]; retry?: Step; applying?: boolean }
  | { kind: 'preview'; file: string; plan: ImportPlan }
  | { kind: 'done'; file: string; summary: ApplySummary };

export function ImportPanel({ db }: ImportPanelProps) {
  const t = useText();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const restart = () => setStep({ kind: 'choose' });

  const working = (file: string, phase: Progress['phase']) =>
    setStep({ kind: 'working', file, progress: { phase, done: 0, total: 0 } });
  const progressOf = (file: string) => (progress: Progress) =>
    setStep({ kind: 'working', file, progress });

  async function preview(file: string, snapshot: Snapshot, warnings: ImportProblem[]) {
    working(file, 'planning');
    setStep({ kind: 'preview', file, plan: await planImport(db, snapshot, warnings) });
  }

  async function open(chosen: File) {
    const file = chosen.name;
    working(file, 'reading');
    const read = await readImportFile(
      { name: file, data: chosen },
      { onProgress: progressOf(file) },
    );
    if (!read.ok) return setStep({ kind: 'refused', file, problems: read.problems });
    const value = read.value;
    if (value.kind === 'backup') return preview(file, value.snapshot, []);
    if (value.table.rows.length === 0) {
      const problems = [problem(file, undefined, say('transfer.problem.noRows'))];
      return setStep({ kind: 'refused', file, problems });
    }
    const mappingStep = { kind: 'mapping', table: value.table, mapping: value.mapping } as const;
    // Our own CSV maps completely: nothing to ask.
    if (value.ownFormat) return mapped(mappingStep, value.mapping, '');
    setStep(mappingStep);
  }

  async function mapped(back: Step & { kind: 'mapping' }, mapping: Mapping, fallback: string) {
    const { table } = back;
    working(table.file, 'checking');
    const read = await csvToSnapshot(table, mapping, {
      now: Date.now(),
      newId: () => crypto.randomUUID(),
      fallbackAccountName: fallback,
      onProgress: progressOf(table.file),
    });
    if (!read.ok) {
      const retry: Step = { ...back, mapping };
      return setStep({ kind: 'refused', file: table.file, problems: read.problems, retry });
    }
    return preview(table.file, read.value.snapshot, read.value.warnings);
  }

  async function apply(file: string, plan: ImportPlan, choices: ConflictChoices) {
    working(file, 'writing');
    const applied = await applyImport(db, plan, { choices, onProgress: progressOf(file) });
    if (!applied.ok)
      return setStep({ kind: 'refused', file, problems: applied.problems, applying: true });
    setStep({ kind: 'done', file, summary: applied.value });
  }

  return (
    <section class="rc-card rc-transfer" aria-labelledby="rc-import-heading">
      <h2 id="rc-import-heading">{t('transfer.import.heading')}</h2>
      {step.kind === 'choose' && (
        <>
          <p class="rc-hint">{t('transfer.import.hint')}</p>
          <label class="rc-button rc-button--primary rc-file">
            {t('transfer.import.choose')}
            <input
              type="file"
              accept=".json,.csv,.tsv,.txt,application/json,text/csv"
              onChange={(event) => {
                const chosen = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (chosen) void open(chosen);
              }}
            />
          </label>
        </>
      )}
      {step.kind === 'working' && <ImportProgress file={step.file} progress={step.progress} />}
      {step.kind === 'mapping' && (
        <ColumnMapping
          table={step.table}
          proposed={step.mapping}
          onContinue={(mapping, fallback) => void mapped(step, mapping, fallback)}
          onCancel={restart}
        />
      )}
      {step.kind === 'refused' && (
        <div role="alert">
          <p class="rc-alert">
            {step.applying
              ? t('transfer.import.applyFailed')
              : t('transfer.import.refused', { file: step.file })}
          </p>
          <ProblemList problems={step.problems} />
          <span class="rc-actions rc-actions--start">
            {step.retry && (
              <button
                type="button"
                class="rc-button"
                onClick={() => step.retry && setStep(step.retry)}
              >
                {t('transfer.mapping.back')}
              </button>
            )}
            <button type="button" class="rc-button rc-button--primary" onClick={restart}>
              {t('transfer.import.another')}
            </button>
          </span>
        </div>
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          file={step.file}
          plan={step.plan}
          onApply={(choices) => void apply(step.file, step.plan, choices)}
          onCancel={restart}
        />
      )}
      {step.kind === 'done' && (
        <div>
          <p class="rc-success" role="status">
            {t('transfer.import.done', {
              file: step.file,
              accountsAdded: step.summary.accountsAdded,
              accountsUpdated: step.summary.accountsUpdated,
              peopleAdded: step.summary.peopleAdded,
              peopleUpdated: step.summary.peopleUpdated,
            })}
          </p>
          {step.summary.peopleKept > 0 && (
            <p class="rc-hint">{t('transfer.import.kept', { count: step.summary.peopleKept })}</p>
          )}
          {step.summary.warnings.length > 0 && (
            <details>
              <summary>
                {t('transfer.import.warnings')} ({step.summary.warnings.length})
              </summary>
              <ProblemList problems={step.summary.warnings} />
            </details>
          )}
          <button type="button" class="rc-button" onClick={restart}>
            {t('transfer.import.another')}
          </button>
        </div>
      )}
    </section>
  );
}
