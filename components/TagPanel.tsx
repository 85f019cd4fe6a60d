/** The panel a rep sees on the page: the tag form, prefilled, then a confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PanelVocabulary } from '../lib/i18n/ui/panel/schema';
import type { SaveResult, TaggerContext } from '../lib/messages/protocol';
import { emptyDraft, type StakeholderDraft } from '../lib/model';
import { Icon } from './Icon';
import { PanelVocabularyContext, usePanelText } from './panel-text';
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
  | { step: 'failed' };

/** Speaks English until the background sends the words in the rep's language. */
export function TagPanel(props: TagPanelProps) {
  const [vocabulary, setVocabulary] = useState<PanelVocabulary>();
  return (
    <PanelVocabularyContext.Provider value={vocabulary}>
      <PanelView {...props} onVocabulary={setVocabulary} />
    </PanelVocabularyContext.Provider>
  );
}

function PanelView({
  person,
  pageUrl,
  loadContext,
  save,
  onClose,
  onVocabulary,
}: TagPanelProps & { onVocabulary: (vocabulary: PanelVocabulary) => void }) {
  const t = usePanelText();
  const [state, setState] = useState<State>({ step: 'loading' });
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadContext().then(
      (context) => {
        onVocabulary(context.vocabulary);
        setState({ step: 'form', context, draft: initialDraft(person, pageUrl, context) });
      },
      () => setState({ step: 'failed' }),
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
    const result = await save(draft).catch(
      (): SaveResult => ({ ok: false, error: t('panel.unreachable') }),
    );
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
      aria-label={t('panel.title')}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header class="rc-panel-header">
        <span class="rc-brand">
          <span class="rc-logo" aria-hidden="true">
            R
          </span>
          <h1>{t('panel.title')}</h1>
        </span>
        <button
          type="button"
          class="rc-icon-button"
          aria-label={t('panel.close')}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      {state.step === 'loading' && <p class="rc-hint">{t('panel.loading')}</p>}
      {state.step === 'failed' && (
        <p class="rc-alert" role="alert">
          {t('panel.unreachable')}
        </p>
      )}
      {state.step === 'form' && (
        <>
          {state.context.known && (
            <p class="rc-hint">
              {t('panel.known', {
                name: state.context.known.draft.name,
                account: state.context.known.accountName,
              })}
            </p>
          )}
          <StakeholderForm
            initial={state.draft}
            accountNames={state.context.accountNames}
            submitLabel={t(state.context.known ? 'form.update' : 'form.save')}
            onSave={onSave}
            onCancel={onClose}
          />
        </>
      )}
      {state.step === 'saved' && (
        <>
          <p class="rc-success" role="status">
            {t(state.created ? 'panel.saved' : 'panel.updated', {
              name: state.name,
              account: state.accountName,
            })}
          </p>
          <div class="rc-actions">
            <button type="button" class="rc-button rc-button--primary" onClick={onClose}>
              {t('panel.done')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

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
