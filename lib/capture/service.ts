/** The background's answers to the tag panel: what to prefill, and saving what the rep chose. */
import {
  accountByDomain,
  dealsOf,
  findSamePerson,
  type RolecallDatabase,
  recentAccounts,
  saveDraft,
  systemClock,
} from '../db';
import { panelVocabulary } from '../i18n/panel-vocabulary';
import { uiText } from '../i18n/ui';
import type { SaveResult, TaggerContext } from '../messages/protocol';
import { draftFromPerson, type Language, type StakeholderDraft } from '../model';
import { pageContext } from './page';

/** How many account names the panel's account field suggests, most recently used first. */
const ACCOUNT_CHOICES = 200;

export async function taggerContext(
  db: RolecallDatabase,
  request: { pageUrl: string; siteName?: string | undefined; name: string },
  language: Language,
): Promise<TaggerContext> {
  const page = pageContext(request.pageUrl, request.siteName);
  const accounts = await recentAccounts(db, ACCOUNT_CHOICES);
  const owner = page.accountDomain ? await accountByDomain(db, page.accountDomain) : undefined;
  // On a profile page there is no company to read: the rep is most likely still on the last account.
  const account = owner ?? (page.accountDomain ? undefined : accounts[0]);
  const known = await findSamePerson(db, account?.id, {
    name: request.name,
    ...(page.profileUrl ? { profileUrl: page.profileUrl } : {}),
  });
  const knownAccount = known && (await db.accounts.get(known.accountId));
  // The form tags for the deal last worked on, of the known person's account if they have one.
  const deals = await dealsOf(db, knownAccount?.id ?? account?.id ?? '');
  const deal = deals[0];
  return {
    vocabulary: panelVocabulary(language, deal?.preset),
    accountName: account?.name ?? page.accountName ?? '',
    accountNames: accounts.map((candidate) => candidate.name),
    deals: deals.map(({ id, name }) => ({ id, name })),
    ...(page.accountDomain ? { accountDomain: page.accountDomain } : {}),
    ...(page.profileUrl ? { profileUrl: page.profileUrl } : {}),
    ...(known && knownAccount
      ? {
          known: {
            draft: draftFromPerson(known, knownAccount.name, deal?.id),
            accountName: knownAccount.name,
            parts: known.involvements,
          },
        }
      : {}),
  };
}

export async function saveTag(
  db: RolecallDatabase,
  draft: StakeholderDraft,
  language: Language,
): Promise<SaveResult> {
  try {
    const outcome = await saveDraft(db, draft, systemClock, language);
    return {
      ok: true,
      stakeholderId: outcome.person.id,
      accountName: outcome.accountName,
      dealName: outcome.deal.name,
      created: outcome.created,
    };
  } catch (error) {
    return { ok: false, error: saveFailureMessage(error, language) };
  }
}

export function saveFailureMessage(error: unknown, language: Language): string {
  if (error instanceof Error && error.name === 'QuotaExceededError')
    return uiText(language, 'save.noSpace');
  const detail = error instanceof Error ? error.message : String(error);
  return uiText(language, 'save.failed', { detail });
}
