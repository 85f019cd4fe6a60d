/** The panel a rep sees on the page: the tag form, prefilled, then a confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SaveResult, TaggerContext } from '../lib/messages/protocol';
import { emptyDraft, type StakeholderDraft } from '../lib/model';
import { Icon } from './Icon';
import { StakeholderForm } from './StakeholderForm';

export interface TagPanelProps {
  /** What the page showed: name and title read from the rep's selection. */
  person: { name: string; title: string; email?: string };
  pageUrl: string;
  loadContext: () => Promise<TaggerContext>;
  save: (draft: StakeholderDraft) => Promise<SaveResult>;
  onClose: () => void;
}

type State =
  | { step: 'loading' }
  | { step: 'form'; context: TaggerContext; draft: StakeholderDraft }
  | { step: 'saved'; name: string; accountName: string; created: boolean }
  | { step: 'failed'; message: string };

export function TagPanel({ person, pageUrl, loadContext, save, onClose }: TagPanelProps) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadContext().then(
      (context) =>
        setState({ step: 'form', context, draft: initialDraft(person, pageUrl, context) }),
      () => setState({ step: 'failed', message: unreachable }),
    );
  }, []);

  useEffect(() => {
    if (state.step !== 'form') return;
    // Straight to what is left to do: the name if the selection had none, else the roles.
    const target = root.current?.querySelector<HTMLElement>(
      state.draft.name === '' ? 'input' : '.rc-chip',
    );
    target?.focus();
  }, [state.step]);

  async function onSave(draft: StakeholderDraft): Promise<string | undefined> {
    const result = await save(draft).catch((): SaveResult => ({ ok: false, error: unreachable }));
    if (!result.ok) return result.error;
    setState({
      step: 'saved',
      name: draft.name,
      accountName: result.accountName,
      created: result.created,
    });
    return undefined;
  }

  return (
    <div
      ref={root}
      class="rc-root rc-panel"
      role="dialog"
      aria-label="Tag stakeholder"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header class="rc-panel-header">
        <span class="rc-brand">
          <span class="rc-logo" aria-hidden="true">
            R
          </span>
          <h1>Tag stakeholder</h1>
        </span>
        <button type="button" class="rc-icon-button" aria-label="Close Rolecall" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      {state.step === 'loading' && <p class="rc-hint">Loading…</p>}
      {state.step === 'failed' && (
        <p class="rc-alert" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'form' && (
        <>
          {state.context.known && (
            <p class="rc-hint">
              {state.context.known.draft.name} is already on the {state.context.known.accountName}{' '}
              map: saving updates them.
            </p>
          )}
          <StakeholderForm
            initial={state.draft}
            accountNames={state.context.accountNames}
            submitLabel={state.context.known ? 'Update' : 'Save'}
            onSave={onSave}
            onCancel={onClose}
          />
        </>
      )}
      {state.step === 'saved' && (
        <>
          <p class="rc-success" role="status">
            {state.created ? 'Saved' : 'Updated'} {state.name} on the {state.accountName} map.
          </p>
          <div class="rc-actions">
            <button type="button" class="rc-button rc-button--primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </div>
  );
}

const unreachable =
  'Rolecall could not reach its storage. If the extension was just updated, reload the page and try again.';

function initialDraft(
  person: TagPanelProps['person'],
  pageUrl: string,
  context: TaggerContext,
): StakeholderDraft {
  const sourced = {
    sourceUrl: pageUrl,
    method: 'manual-selection' as const,
    ...(context.accountDomain ? { accountDomain: context.accountDomain } : {}),
  };
  if (context.known) {
    // The stored person, with what the page shows now where it says more.
    const stored = context.known.draft;
    return { ...stored, ...sourced, title: person.title || stored.title };
  }
  return emptyDraft({
    ...sourced,
    name: person.name,
    title: person.title,
    accountName: context.accountName,
    ...(person.email ? { email: person.email } : {}),
    ...(context.profileUrl ? { profileUrl: context.profileUrl } : {}),
  });
}
