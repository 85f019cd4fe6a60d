/**
 * The messages between the panel's frame (an extension page framed on the rep's page) and the
 * script in that page. They travel through the browser's extension messaging, never through
 * the page's DOM or window, so the page can neither read nor forge them.
 *
 * The frame asks the page script (`tabs.sendMessage` to the tab's top frame); the page script
 * tells the frame that the rep clicked a chip (`runtime.sendMessage`, which the frame accepts
 * only from its own tab's top frame).
 */
import { z } from 'zod/mini';
import {
  CaptureMethodSchema,
  DecisionRoleSchema,
  DepartmentSchema,
  SenioritySchema,
} from '../model';
import { EmptyRequest, SizeRequest } from './page-script';

export { PageEnvelope } from './page-script';

/** One person detection found on the page, as the panel lists them. */
export const FoundPersonSchema = z.object({
  key: z.string().check(z.maxLength(300)),
  name: z.string().check(z.maxLength(300)),
  title: z.optional(z.string().check(z.maxLength(1000))),
  org: z.optional(z.string().check(z.maxLength(500))),
  email: z.optional(z.string().check(z.maxLength(500))),
  profileUrl: z.optional(z.string().check(z.maxLength(4096))),
  method: CaptureMethodSchema,
  suggestion: z.optional(
    z.object({
      department: z.optional(DepartmentSchema),
      seniority: z.optional(SenioritySchema),
      roles: z.array(DecisionRoleSchema),
    }),
  ),
});

export type FramedPerson = z.infer<typeof FoundPersonSchema>;

/** A found person cut to the sizes the frame accepts (a page may show anything). */
export function framedPerson(found: FramedPerson): FramedPerson {
  const { key, name, title, org, email, profileUrl, method, suggestion } = found;
  return {
    key: key.slice(0, 300),
    name: name.slice(0, 300),
    method,
    ...(title ? { title: title.slice(0, 1000) } : {}),
    ...(org ? { org: org.slice(0, 500) } : {}),
    ...(email && email.length <= 500 ? { email } : {}),
    ...(profileUrl && profileUrl.length <= 4096 ? { profileUrl } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}

export const FindingsSchema = z.object({
  people: z.array(FoundPersonSchema).check(z.maxLength(5000)),
  /** Detection stopped at its time budget: what it found so far is listed. */
  gaveUp: z.boolean(),
});

/** What the page shows about itself, for prefilling the form. */
export const PageInfoSchema = z.object({
  pageUrl: z.string().check(z.maxLength(4096)),
  /** The rep's selection, cut to what the form can hold. */
  selection: z.string().check(z.maxLength(2000)),
  siteName: z.optional(z.string().check(z.maxLength(200))),
  /** The page's `lang`, when it declares one. */
  pageLanguage: z.optional(z.string().check(z.maxLength(35))),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

/**
 * A chip beside a name on the page. Its words are drawn inside a closed shadow root the page
 * cannot open; `tone` only picks the colour.
 */
export const ChipMarkSchema = z.object({
  key: z.string().check(z.maxLength(300)),
  /** The name as the page shows it: the chip sits right after it. */
  name: z.string().check(z.maxLength(300)),
  text: z.string().check(z.maxLength(200)),
  label: z.string().check(z.maxLength(400)),
  tooltip: z.string().check(z.maxLength(1000)),
  tone: z.enum(['new', 'known', 'changed']),
});
export type ChipMark = z.infer<typeof ChipMarkSchema>;

/** What the frame asks of the script in its page, and what each answers. */
export const pageRequests = {
  /** The page, URL and selection the panel was opened on. */
  'page/info': { request: EmptyRequest, response: PageInfoSchema },
  /** The people on the page, once detection is done (with a selection, none are looked for). */
  'page/findings': { request: EmptyRequest, response: FindingsSchema },
  /** Draw these chips beside the names (replacing any earlier ones). */
  'page/chips': {
    request: z.object({ marks: z.array(ChipMarkSchema).check(z.maxLength(5000)) }),
    response: EmptyRequest,
  },
  /** The panel's content is this tall: size the frame to it, within the window. */
  'page/size': { request: SizeRequest, response: EmptyRequest },
  /** Close the panel: remove the frame and the chips, and give focus back to the page. */
  'page/close': { request: EmptyRequest, response: EmptyRequest },
} as const;

export type PageRequests = typeof pageRequests;
export type PageRequestType = keyof PageRequests;
export type PageRequestOf<K extends PageRequestType> = z.infer<PageRequests[K]['request']>;
export type PageResponseOf<K extends PageRequestType> = z.infer<PageRequests[K]['response']>;

export const pageSchemasByType: {
  [K in PageRequestType]: {
    request: z.ZodMiniType<PageRequestOf<K>>;
    response: z.ZodMiniType<PageResponseOf<K>>;
  };
} = pageRequests;

/**
 * What the page script tells the frame: the rep clicked (for real) the chip beside a person, so
 * the frame opens their form; or detection has started, so the frame may ask for its findings
 * (a frame that asked before the detection script arrived got no answer).
 */
export const PageNotice = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('panel/chip'),
    token: z.string().check(z.maxLength(100)),
    key: z.string().check(z.maxLength(300)),
  }),
  z.object({ type: z.literal('panel/finding'), token: z.string().check(z.maxLength(100)) }),
]);
export type PageNotice = z.infer<typeof PageNotice>;
