/**
 * Every message between the content script and the background, declared once. Each side parses
 * what arrives with these schemas; nothing crosses the boundary unchecked.
 */
import { z } from 'zod/mini';
import { PanelVocabularySchema } from '../i18n/ui/panel/schema';
import { DecisionRoleSchema, InvolvementSchema, StakeholderDraftSchema } from '../model';
import { ChipMarkSchema } from './frame';
import { PageEnvelope } from './page-script';

const failure = z.object({ ok: z.literal(false), error: z.string() });
const result = <T extends z.core.$ZodShape>(shape: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), failure]);

/** What the tag panel needs to prefill itself on the page it was opened on. */
export const TaggerContextRequest = z.object({
  pageUrl: z.string().check(z.maxLength(4096)),
  /** The site's own name (og:site_name), a better account name than a bare domain. */
  siteName: z.optional(z.string().check(z.maxLength(200))),
  name: z.string().check(z.maxLength(200)),
});

export const KnownPerson = z.object({
  /** The person, with their part in the deal the form opens on. */
  draft: StakeholderDraftSchema,
  accountName: z.string(),
  /** Their part in each of the account's deals, so switching deals shows theirs there. */
  parts: z.array(InvolvementSchema),
});

/** A deal the form can tag for: the account's deals, the one last worked on first. */
export const DealChoice = z.object({ id: z.string(), name: z.string() });
export type DealChoice = z.infer<typeof DealChoice>;

export const TaggerContext = z.object({
  /** The panel's words in the rep's interface language (from their settings or the browser). */
  vocabulary: PanelVocabularySchema,
  accountName: z.string(),
  accountDomain: z.optional(z.string()),
  profileUrl: z.optional(z.string()),
  /** Names of existing accounts, most recently used first, for the account picker. */
  accountNames: z.array(z.string()),
  /** The account's deals, the one last worked on (which the form tags for) first. */
  deals: z.array(DealChoice),
  /** The stakeholder this name or profile already is, so a second tag edits them. */
  known: z.optional(KnownPerson),
});
export type TaggerContext = z.infer<typeof TaggerContext>;

export const SaveResult = result({
  stakeholderId: z.string(),
  accountName: z.string(),
  dealName: z.string(),
  created: z.boolean(),
});
export type SaveResult = z.infer<typeof SaveResult>;

/** One person people-detection found on the page: enough to look them up in the map. */
export const FoundPersonRef = z.object({
  /** Detection's key for the person; the answer refers to it. */
  key: z.string().check(z.maxLength(300)),
  name: z.string().check(z.maxLength(200)),
  title: z.optional(z.string().check(z.maxLength(300))),
  org: z.optional(z.string().check(z.maxLength(200))),
  profileUrl: z.optional(z.string().check(z.maxLength(2048))),
});
export type FoundPersonRef = z.infer<typeof FoundPersonRef>;

export const KnownPeopleRequest = z.object({
  pageUrl: z.string().check(z.maxLength(4096)),
  people: z.array(FoundPersonRef).check(z.maxLength(5000)),
});

/** A found person who is already in the map, and what the page says that the map does not. */
export const KnownMatch = z.object({
  key: z.string(),
  stakeholderId: z.string(),
  accountName: z.string(),
  roles: z.array(DecisionRoleSchema),
  storedTitle: z.string(),
  /** The page shows another title than the stored one: the map may be stale. */
  titleOnPage: z.optional(z.string()),
  /** The page shows them at another company than their account. */
  orgOnPage: z.optional(z.string()),
});
export type KnownMatch = z.infer<typeof KnownMatch>;

export const KnownPeople = z.object({ matches: z.array(KnownMatch) });
export type KnownPeople = z.infer<typeof KnownPeople>;

/**
 * Open the panel: from a chip on a page with automatic recognition (for that person, in that
 * chip's tab), or from the popup (in the tab it names; a page script cannot name another tab).
 */
export const InvokeRequest = z.object({
  selection: z.optional(z.string().check(z.maxLength(2000))),
  tabId: z.optional(z.number()),
});
export const InvokeResult = z.object({ opened: z.boolean() });

/** Chips for the known people among those found (automatic recognition marks no one else). */
export const ChipMarks = z.object({ marks: z.array(ChipMarkSchema) });

/** A panel frame, framed on a page, asks which opening of the panel it is. */
export const PanelHello = z.object({ token: z.string().check(z.maxLength(100)) });
/** Accepted only in the tab the panel was opened in, once per opening. */
export const PanelWelcome = result({ tabId: z.number() });

/**
 * A panel frame's request to the page it is framed on, carried by the background to that tab's
 * top frame only (Firefox gives an extension frame inside a page no `tabs` API of its own).
 */
export const PageRelay = PageEnvelope;
/** The page script's answer, checked by the frame against the request's own schema. */
export const PageRelayAnswer = z.unknown();

/** Requests the background answers, keyed by message type. */
export const backgroundProtocol = {
  'tagger/context': { request: TaggerContextRequest, response: TaggerContext },
  'stakeholder/save': { request: StakeholderDraftSchema, response: SaveResult },
  'tagger/known': { request: KnownPeopleRequest, response: KnownPeople },
  'tagger/invoke': { request: InvokeRequest, response: InvokeResult },
  'tagger/marks': { request: KnownPeopleRequest, response: ChipMarks },
  'panel/hello': { request: PanelHello, response: PanelWelcome },
  'page/relay': { request: PageRelay, response: PageRelayAnswer },
} as const;
export type BackgroundProtocol = typeof backgroundProtocol;
export type BackgroundMessageType = keyof BackgroundProtocol;
export type RequestOf<K extends BackgroundMessageType> = z.infer<BackgroundProtocol[K]['request']>;
export type ResponseOf<K extends BackgroundMessageType> = z.infer<
  BackgroundProtocol[K]['response']
>;

/**
 * The same map, typed so that looking up a schema by a generic message type keeps the link
 * between type and payload (the "correlated union" pattern), so no call site needs a cast.
 */
export const schemasByType: {
  [K in BackgroundMessageType]: {
    request: z.ZodMiniType<RequestOf<K>>;
    response: z.ZodMiniType<ResponseOf<K>>;
  };
} = backgroundProtocol;

export const BackgroundEnvelope = z.object({
  type: z.enum([
    'tagger/context',
    'stakeholder/save',
    'tagger/known',
    'tagger/invoke',
    'tagger/marks',
    'panel/hello',
    'page/relay',
  ]),
  payload: z.unknown(),
});

export { TaggerOpen } from './page-script';
