/** zod schemas for what Rolecall stores and passes around: the single source of truth for its shapes. */
import { z } from 'zod/mini';
import { CAPTURE_METHODS, DEPARTMENTS, INFLUENCES, SENIORITIES, STANCES } from './attributes';
import { DEAL_CHANNELS, DEAL_STAGES, DECISION_MODES, LANGUAGES, METHODOLOGY_PRESETS } from './deal';
import { DECISION_ROLES } from './roles';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** Epoch milliseconds. */
const timestamp = z.number().check(z.int(), z.nonnegative());
const id = z.string().check(z.minLength(1), z.maxLength(64));

export const DecisionRoleSchema = z.enum(DECISION_ROLES);
export const StanceSchema = z.enum(STANCES);
export const InfluenceSchema = z.enum(INFLUENCES);
export const DepartmentSchema = z.enum(DEPARTMENTS);
export const SenioritySchema = z.enum(SENIORITIES);
export const CaptureMethodSchema = z.enum(CAPTURE_METHODS);

export const EvidenceSchema = z.object({
  /** The page the person was seen on; absent for entries typed in by hand. */
  sourceUrl: z.optional(z.string().check(z.maxLength(2048))),
  capturedAt: timestamp,
  method: CaptureMethodSchema,
  lastVerifiedAt: timestamp,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The context of one sale: what changes what "covered" means (PRODUCT.md, "each account"). */
const dealContext = {
  stage: z.enum(DEAL_STAGES),
  decisionMode: z.enum(DECISION_MODES),
  channel: z.enum(DEAL_CHANNELS),
  preset: z.enum(METHODOLOGY_PRESETS),
  questionLanguage: z.enum(LANGUAGES),
};

export const AccountSchema = z.object({
  id,
  name: requiredText(200),
  /** Registrable domains (example.co.uk), lower case; used to recognise the account's pages. */
  domains: z.array(z.string().check(z.minLength(1), z.maxLength(253))),
  /**
   * Names its own pages show for it (structured data, site name) where they differ from `name`
   * (a Chinese company at its pinyin domain), learned as its people are tagged there: a page
   * showing one of these shows the same company.
   */
  orgNames: z.optional(z.array(requiredText(200)).check(z.maxLength(5))),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Account = z.infer<typeof AccountSchema>;

/** A calendar day, YYYY-MM-DD, as a close date is agreed (no time zone to shift it). */
const calendarDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u));

/**
 * One sale to an account (an opportunity): its own buying committee, stage and way of deciding.
 * An account has one or more; the one whose `updatedAt` is latest is the one last worked on.
 */
export const DealSchema = z.object({
  id,
  accountId: id,
  name: requiredText(200),
  ...dealContext,
  /** What the deal is worth, in the rep's own currency; absent when not known yet. */
  amount: z.optional(z.number().check(z.nonnegative(), z.maximum(1e15))),
  closeDate: z.optional(calendarDay),
  /** The opportunity's id in the CRM (Salesforce Opportunity Id, HubSpot deal Record ID). */
  crmOpportunityId: z.optional(text(64)),
  createdAt: timestamp,
  /** Raised by every change to the deal or to anyone's part in it. */
  updatedAt: timestamp,
});
export type Deal = z.infer<typeof DealSchema>;

/** The part a person plays in one deal: their roles, stance and influence there, and a note. */
export const InvolvementSchema = z.object({
  dealId: id,
  roles: z.array(DecisionRoleSchema),
  stance: StanceSchema,
  influence: InfluenceSchema,
  note: z.optional(text(5000)),
});
export type Involvement = z.infer<typeof InvolvementSchema>;

/**
 * A person on an account's map: who they are, where they sit and where we saw them. What they
 * do in each sale is in `involvements`, one per deal they take part in.
 */
export const PersonSchema = z.object({
  id,
  accountId: id,
  name: requiredText(200),
  /** Key for "the same person": see normalizeName(). */
  normalizedName: z.string().check(z.minLength(1)),
  title: z.optional(text(300)),
  department: z.optional(DepartmentSchema),
  /** Set by the rep; absent, the title's reading stands in (see lib/coverage/department.ts). */
  seniority: z.optional(SenioritySchema),
  /** At most one per deal, each naming a deal of the person's own account. */
  involvements: z.array(InvolvementSchema),
  profileUrl: z.optional(z.string().check(z.maxLength(2048))),
  email: z.optional(text(320)),
  phone: z.optional(text(64)),
  reportsToId: z.optional(id),
  evidence: z.array(EvidenceSchema),
  /**
   * The last time a page showed them with another title or company than the map has: the map
   * may be stale. Cleared when the rep saves them again or a page agrees with the map.
   */
  seenDifferently: z.optional(
    z.object({
      title: z.optional(text(300)),
      company: z.optional(text(200)),
      sourceUrl: z.string().check(z.maxLength(2048)),
      seenAt: timestamp,
    }),
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Person = z.infer<typeof PersonSchema>;

/**
 * A person as one deal sees them: the person, with their roles, stance, influence and note in
 * that deal. What coverage, the map and the power map work with (see stakeholderIn()).
 */
export type Stakeholder = Person & Involvement;

/** What the tag form edits: a stakeholder before the background has resolved ids and the account. */
export const StakeholderDraftSchema = z.object({
  /** Set when editing a known stakeholder. */
  id: z.optional(id),
  name: requiredText(200),
  title: text(300),
  accountName: requiredText(200),
  /** The deal the roles are for: one of the account's; else the deal last worked on. */
  dealId: z.optional(id),
  /** Tag for a new deal of this name on the account instead (wins over dealId). */
  newDealName: z.optional(requiredText(200)),
  /** Registrable domain of the page the person was tagged on, if any. */
  accountDomain: z.optional(z.string().check(z.maxLength(253))),
  roles: z.array(DecisionRoleSchema),
  stance: StanceSchema,
  influence: InfluenceSchema,
  department: z.optional(DepartmentSchema),
  seniority: z.optional(SenioritySchema),
  note: text(5000),
  profileUrl: z.optional(z.string().check(z.maxLength(2048))),
  email: z.optional(text(320)),
  sourceUrl: z.optional(z.string().check(z.maxLength(2048))),
  method: CaptureMethodSchema,
  /**
   * The language of the page the person was captured on (BCP 47): its lang attribute, else
   * what the script of its text says. A new account asks its questions in it.
   */
  pageLanguage: z.optional(z.string().check(z.maxLength(35))),
});
export type StakeholderDraft = z.infer<typeof StakeholderDraftSchema>;
