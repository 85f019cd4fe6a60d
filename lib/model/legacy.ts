/**
 * The map as Rolecall kept it before deals (database versions 1–3, backup format 1): one deal
 * context on each account and one set of roles on each person. Both the database upgrade and the
 * import of an old backup bring it forward with upgradeLegacyMap(), so they agree.
 */
import { z } from 'zod/mini';
import type { DealContext } from './deal';
import {
  AccountSchema,
  type Deal,
  DealSchema,
  InvolvementSchema,
  type Person,
  PersonSchema,
} from './schemas';

const {
  accountId: _a,
  id: _i,
  name: _n,
  createdAt: _c,
  updatedAt: _u,
  ...dealContext
} = DealSchema.shape;
const { amount: _am, closeDate: _cd, crmOpportunityId: _o, ...context } = dealContext;
const { dealId: _d, ...part } = InvolvementSchema.shape;
const { involvements: _inv, ...personFields } = PersonSchema.shape;

export const LegacyAccountSchema = z.object({ ...AccountSchema.shape, ...context });
export type LegacyAccount = z.infer<typeof LegacyAccountSchema>;

export const LegacyStakeholderSchema = z.object({ ...personFields, ...part });
export type LegacyStakeholder = z.infer<typeof LegacyStakeholderSchema>;

/**
 * The one deal an account had before deals: named after the account, with its context, and
 * the account's own id (there was one per account, so it names it without a lookup table, and a
 * backup imported twice lands in the same deal).
 */
export function dealOfLegacyAccount(
  account: Pick<LegacyAccount, 'id' | 'name' | 'createdAt' | 'updatedAt' | keyof DealContext>,
): Deal {
  const { stage, decisionMode, channel, preset, questionLanguage } = account;
  return {
    id: account.id,
    accountId: account.id,
    name: account.name,
    stage,
    decisionMode,
    channel,
    preset,
    questionLanguage,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

export function accountOfLegacy(account: LegacyAccount): z.infer<typeof AccountSchema> {
  const {
    stage: _s,
    decisionMode: _m,
    channel: _ch,
    preset: _p,
    questionLanguage: _q,
    ...rest
  } = account;
  return rest;
}

/** The person, with the roles, stance, influence and note they had now their part in that deal. */
export function personOfLegacy(stakeholder: LegacyStakeholder): Person {
  const { roles, stance, influence, note, ...rest } = stakeholder;
  return {
    ...rest,
    involvements: [
      {
        dealId: stakeholder.accountId,
        roles,
        stance,
        influence,
        ...(note !== undefined ? { note } : {}),
      },
    ],
  };
}
