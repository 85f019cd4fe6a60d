/**
 * The few messages the panel's first script reads: kept apart from the rest of the protocol
 * (no model, no vocabulary) so the script that frames the panel stays small.
 */
import { z } from 'zod/mini';

/**
 * What the background tells the page script: open the panel (its frame will present `token`),
 * with the selection if the context menu had it.
 */
export const TaggerOpen = z.object({
  type: z.literal('tagger/open'),
  token: z.string().check(z.maxLength(100)),
  /**
   * The panel page's address as the background sees it: in Chromium a per-session one
   * (use_dynamic_url) that names no extension, where a page script's own would name Rolecall's id.
   */
  frameUrl: z.string().check(z.maxLength(500)),
  selection: z.optional(z.string().check(z.maxLength(2000))),
});
export type TaggerOpen = z.infer<typeof TaggerOpen>;

export const PAGE_REQUEST_TYPES = [
  'page/info',
  'page/findings',
  'page/chips',
  'page/size',
  'page/close',
] as const;

export const PageEnvelope = z.object({
  type: z.enum(PAGE_REQUEST_TYPES),
  /** Which opening of the panel this is for: an older frame's requests are ignored. */
  token: z.string().check(z.maxLength(100)),
  payload: z.unknown(),
});

export const EmptyRequest = z.object({});

export const SizeRequest = z.object({
  height: z.number().check(z.minimum(0), z.maximum(100_000)),
});
