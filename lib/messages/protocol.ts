/**
 * Every message between the content script and the background, declared once. Each side parses
 * what arrives with these schemas; nothing crosses the boundary unchecked.
 */
import { z } from 'zod/mini';
import { PanelVocabularySchema } from '../i18n/ui/panel/schema';
import { StakeholderDraftSchema } from '../model';

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
  draft: StakeholderDraftSchema,
  accountName: z.string(),
});

export const TaggerContext = z.object({
  /** The panel's words in the rep's interface language (from their settings or the browser). */
  vocabulary: PanelVocabularySchema,
  accountName: z.string(),
  accountDomain: z.optional(z.string()),
  profileUrl: z.optional(z.string()),
  /** Names of existing accounts, most recently used first, for the account picker. */
  accountNames: z.array(z.string()),
  /** The stakeholder this name or profile already is, so a second tag edits them. */
  known: z.optional(KnownPerson),
});
export type TaggerContext = z.infer<typeof TaggerContext>;

export const SaveResult = result({
  stakeholderId: z.string(),
  accountName: z.string(),
  created: z.boolean(),
});
export type SaveResult = z.infer<typeof SaveResult>;

/** Requests the background answers, keyed by message type. */
export const backgroundProtocol = {
  'tagger/context': { request: TaggerContextRequest, response: TaggerContext },
  'stakeholder/save': { request: StakeholderDraftSchema, response: SaveResult },
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
  type: z.enum(['tagger/context', 'stakeholder/save']),
  payload: z.unknown(),
});

/** What the background tells the content script: open the panel, with the selection if it has it. */
export const TaggerOpen = z.object({
  type: z.literal('tagger/open'),
  selection: z.optional(z.string().check(z.maxLength(2000))),
});
export type TaggerOpen = z.infer<typeof TaggerOpen>;
