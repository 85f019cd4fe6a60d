/**
 * The panel a rep sees on the page: the people found there (known ones with their role, stale
 * ones flagged), and the tag form, prefilled from the selection or the chosen person.
 */
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { type FoundPerson, lookupReference } from '../lib/extract/found';
import { chipMark } from '../lib/i18n/chip-marks';
import type { PanelVocabulary } from '../lib/i18n/ui/panel/schema';
import type { ChipMark } from '../lib/messages/frame';
import type {
  FoundPersonRef,
  KnownMatch,
  KnownPeople,
  SaveResult,
  TaggerContext,
} from '../lib/messages/protocol';
import { emptyDraft, type StakeholderDraft } from '../lib/model';
import { Icon } from './Icon';
import { PeopleList } from './PeopleList';
import { PanelVocabularyContext, usePanelText } from './panel-text';
import { StakeholderForm } from './StakeholderForm';

/** What people detection found on the page; undefined while it still runs. */
export interface Findings {
  people: readonly FoundPerson[];
  gaveUp: boolean;
}

export interface TagPanelProps {
  /** What the page showed: name and title read from the rep's selection (name '' when none). */
  person: { name: string; title: string; email?: string };
  pageUrl: string;
  /** The page's language (its `lang`, else its text's): a new account's question language. */
  pageLanguage?: string | undefined;
  loadContext: (name: string) => Promise<TaggerContext>;
  save: (draft: StakeholderDraft) => Promise<SaveResult>;
  onClose: () => void;
  /** With no selection, the panel lists the people found on the page. */
  findings?: Findings | undefined;
  /** Which found people are already in the map; without it the panel only tags the selection. */
  lookupKnown?: (people: FoundPersonRef[]) => Promise<KnownPeople>;
  /** What the chips beside the names on the page should say, whenever that changes. */
  onMarks?: (marks: ChipMark[]) => void;
  /** Calls back with a person's key when the rep clicks their chip on the page. */
  chipClicks?: (open: (key: string) => void) => () => void;
}

type State =
  | { step: 'loading' }
  | { step: 'list' }
  | {
      step: 'form';
      context: TaggerContext;
      draft: StakeholderDraft;
      person?: FoundPerson;
    }
  | {
      step: 'saved';
      name: string;
      accountName: string;
      dealName: string;
      created: boolean;
      fromList: boolean;
    }
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
  pageLanguage,
  loadContext,
  save,
  onClose,
  findings,
  lookupKnown,
  onMarks,
  chipClicks,
  onVocabulary,
}: TagPanelProps & { onVocabulary: (vocabulary: PanelVocabulary) => void }) {
  const t = usePanelText();
  const [state, setState] = useState<State>({ step: 'loading' });
  const vocabulary = useContext(PanelVocabularyContext);
  const [known, setKnown] = useState<ReadonlyMap<string, KnownMatch>>(new Map());
  const [knownVersion, setKnownVersion] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const listMode = person.name === '' && lookupKnown !== undefined;

  useEffect(() => {
    loadContext(person.name).then(
      (context) => {
        onVocabulary(context.vocabulary);
        setState(
          listMode
            ? { step: 'list' }
            : {
                step: 'form',
                context,
                draft: initialDraft(person, { pageUrl, pageLanguage }, context),
              },
        );
      },
      () => setState({ step: 'failed' }),
    );
  }, []);

  // Once the people are found (and after every save), ask which of them the map already holds.
  useEffect(() => {
    if (!findings || !lookupKnown || findings.people.length === 0) return;
    lookupKnown(findings.people.map(lookupReference)).then(
      ({ matches }) => setKnown(new Map(matches.map((match) => [match.key, match]))),
      () => setKnown(new Map()),
    );
  }, [findings, knownVersion]);

  // The chips on the page say what the list says: a tag mark, or the role of someone known.
  useEffect(() => {
    if (!listMode || !findings || !vocabulary || !onMarks) return;
    onMarks(findings.people.map((found) => chipMark(vocabulary, found, known.get(found.key))));
  }, [findings, known, vocabulary]);

  useEffect(() => {
    if (!listMode || !chipClicks) return undefined;
    return chipClicks((key) => {
      const found = findings?.people.find((candidate) => candidate.key === key);
      if (found) void openPerson(found);
    });
  }, [findings]);

  useEffect(() => {
    // Focus goes straight to what is left to do: in the form, the name if the page gave none,
    // else the roles; in the list, its first person (or tagging by hand); once saved, Done.
    const target =
      state.step === 'form'
        ? state.draft.name === ''
          ? 'input'
          : '.rc-chip'
        : state.step === 'list' && findings
          ? '.rc-found-main, .rc-found-empty .rc-button'
          : state.step === 'saved'
            ? '.rc-actions .rc-button--primary'
            : undefined;
    if (target) root.current?.querySelector<HTMLElement>(target)?.focus();
  }, [state.step, findings]);

  async function openPerson(found: FoundPerson | undefined) {
    const context = await loadContext(found?.name ?? '').catch(() => undefined);
    if (!context) {
      setState({ step: 'failed' });
      return;
    }
    const draft = found
      ? initialDraft(
          {
            name: found.name,
            title: found.title ?? '',
            ...(found.email ? { email: found.email } : {}),
          },
          { pageUrl, pageLanguage },
          context,
          found,
        )
      : initialDraft(
          { name: '', title: '' },
          { pageUrl, pageLanguage },
          context,
          undefined,
          'manual-entry',
        );
    setState({ step: 'form', context, draft, ...(found ? { person: found } : {}) });
  }

  async function onSave(draft: StakeholderDraft): Promise<string | undefined> {
    const result = await save(draft).catch(
      (): SaveResult => ({ ok: false, error: t('panel.unreachable') }),
    );
    if (!result.ok) return result.error;
    setState({
      step: 'saved',
      name: draft.name,
      accountName: result.accountName,
      dealName: result.dealName,
      created: result.created,
      fromList: listMode,
    });
    setKnownVersion((version) => version + 1);
    return undefined;
  }

  const backToList = () => setState({ step: 'list' });

  return (
    <div
      ref={root}
      class="rc-root rc-panel"
      role="dialog"
      aria-label={t('panel.title')}
      // On the key's release, so no key is still on its way to a panel that has gone.
      onKeyUp={(event) => event.key === 'Escape' && onClose()}
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
      {state.step === 'list' && (
        <PeopleList
          people={findings?.people}
          gaveUp={findings?.gaveUp ?? false}
          known={known}
          onOpen={(found) => void openPerson(found)}
          onByHand={() => void openPerson(undefined)}
        />
      )}
      {state.step === 'form' && (
        <>
          {listMode && (
            <button type="button" class="rc-link" onClick={backToList}>
              ← {t('people.back')}
            </button>
          )}
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
            deals={state.context.deals}
            parts={state.context.known?.parts ?? []}
            submitLabel={t(state.context.known ? 'form.update' : 'form.save')}
            onSave={onSave}
            onCancel={listMode ? backToList : onClose}
            {...(state.person?.suggestion ? { suggestion: state.person.suggestion } : {})}
          />
        </>
      )}
      {state.step === 'saved' && (
        <>
          <p class="rc-success" role="status">
            {t(state.created ? 'panel.saved' : 'panel.updated', {
              name: state.name,
              account:
                state.dealName !== state.accountName
                  ? `${state.accountName} — ${state.dealName}`
                  : state.accountName,
            })}
          </p>
          <div class="rc-actions">
            {state.fromList && (
              <button type="button" class="rc-button" onClick={backToList}>
                {t('people.back')}
              </button>
            )}
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
  { pageUrl, pageLanguage }: { pageUrl: string; pageLanguage?: string | undefined },
  context: TaggerContext,
  found?: FoundPerson,
  method: StakeholderDraft['method'] = found?.method ?? 'manual-selection',
): StakeholderDraft {
  const sourced: Partial<StakeholderDraft> & Pick<StakeholderDraft, 'method'> = {
    sourceUrl: pageUrl,
    method,
    ...(pageLanguage ? { pageLanguage } : {}),
    ...(context.accountDomain ? { accountDomain: context.accountDomain } : {}),
  };
  if (context.known) {
    // The stored person, with what the page shows now where it says more.
    const stored = context.known.draft;
    return { ...stored, ...sourced, title: person.title.slice(0, 300) || stored.title };
  }
  // A new person is tagged for the deal last worked on, unless the rep picks another.
  const deal = context.deals[0];
  if (deal) sourced.dealId = deal.id;
  const profileUrl = found?.profileUrl ?? context.profileUrl;
  return emptyDraft({
    ...sourced,
    // The form keeps within what a stakeholder may hold; the rep sees and can fix the rest.
    name: person.name.slice(0, 200),
    title: person.title.slice(0, 300),
    accountName: context.accountName,
    ...(person.email ? { email: person.email } : {}),
    ...(profileUrl ? { profileUrl } : {}),
  });
}
