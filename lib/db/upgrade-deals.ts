/**
 * Version 5's upgrade: every account's deal context becomes its first deal, named after the
 * account (with the account's id, see dealOfLegacyAccount), and every person's roles, stance,
 * influence and note become their part in it. Records are read leniently: a field an older
 * build stored oddly keeps its neighbours, and every field not moved stays as it was.
 */
import type { Transaction } from 'dexie';
import { z } from 'zod/mini';
import {
  DEAL_CHANNELS,
  DEAL_STAGES,
  DECISION_MODES,
  DEFAULT_DEAL_CONTEXT,
  type Deal,
  DecisionRoleSchema,
  dealOfLegacyAccount,
  InfluenceSchema,
  LANGUAGES,
  METHODOLOGY_PRESETS,
  StanceSchema,
} from '../model';

const OldAccount = z.looseObject({
  id: z.string(),
  name: z.string(),
  createdAt: z.catch(z.number(), 0),
  updatedAt: z.catch(z.number(), 0),
  stage: z.catch(z.enum(DEAL_STAGES), DEFAULT_DEAL_CONTEXT.stage),
  decisionMode: z.catch(z.enum(DECISION_MODES), DEFAULT_DEAL_CONTEXT.decisionMode),
  channel: z.catch(z.enum(DEAL_CHANNELS), DEFAULT_DEAL_CONTEXT.channel),
  preset: z.catch(z.enum(METHODOLOGY_PRESETS), DEFAULT_DEAL_CONTEXT.preset),
  questionLanguage: z.catch(z.enum(LANGUAGES), DEFAULT_DEAL_CONTEXT.questionLanguage),
});

const OldPerson = z.looseObject({
  accountId: z.string(),
  roles: z.catch(z.array(DecisionRoleSchema), []),
  stance: z.catch(StanceSchema, 'unknown'),
  influence: z.catch(InfluenceSchema, 'unknown'),
  note: z.catch(z.optional(z.string()), undefined),
});

export async function upgradeToDeals(tx: Transaction): Promise<void> {
  const deals: Deal[] = [];
  await tx
    .table('accounts')
    .toCollection()
    .modify((row: unknown, ref: { value: unknown }) => {
      const parsed = OldAccount.safeParse(row);
      if (!parsed.success) return;
      deals.push(dealOfLegacyAccount(parsed.data));
      // The context lives on in the deal; the account keeps the rest, odd fields included.
      const { stage, decisionMode, channel, preset, questionLanguage, ...account } = parsed.data;
      ref.value = account;
    });
  await tx.table('deals').bulkPut(deals);
  await tx
    .table('stakeholders')
    .toCollection()
    .modify((row: unknown, ref: { value: unknown }) => {
      const parsed = OldPerson.safeParse(row);
      if (!parsed.success) return;
      const { roles, stance, influence, note, ...person } = parsed.data;
      const part = { dealId: person.accountId, roles, stance, influence };
      ref.value = { ...person, involvements: [note === undefined ? part : { ...part, note }] };
    });
  // Standings were per account in a shape that has no deals: each is computed again.
  await tx.table('standings').clear();
}
