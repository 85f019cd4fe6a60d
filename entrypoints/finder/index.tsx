/**
 * The second script injected when the rep invokes Rolecall, once the panel's frame is placed:
 * it finds the people on the page for the frame to list, and draws the chips the frame words
 * beside their names, in a closed layer. A chip the rep clicks opens that person in the frame.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import chipStyles from '../../components/chips.css?inline';
import { PageChips } from '../../components/PageChips';
import {
  currentSession,
  listenAsNewest,
  mountLayer,
  type PanelSession,
} from '../../components/page-layer';
import { type Detection, detectInSlices, foundPerson } from '../../lib/extract';
import { nextTask } from '../../lib/extract/steps';
import { type ChipMark, framedPerson, type PageNotice } from '../../lib/messages/frame';
import { answerFrame } from '../../lib/messages/page-server';

/** Detection stops here on absurd pages and says so: the page must keep working. */
const DETECTION_BUDGET_MS = 1_500;

interface Search {
  token: string;
  findings: Promise<{ people: ReturnType<typeof framedPerson>[]; gaveUp: boolean }>;
  elements: Map<string, Element>;
  drawChips: (marks: readonly ChipMark[]) => void;
}

let search: Search | undefined;

export default defineUnlistedScript(() => {
  listenAsNewest('finder', (message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // A frame may ask before this script is injected again for its opening: start now.
    const current = searchFor(currentSession());
    return answerFrame(
      {
        'page/findings': async () => (current ? current.findings : { people: [], gaveUp: false }),
        'page/chips': async ({ marks }) => {
          current?.drawChips(marks);
          return {};
        },
      },
      current?.token,
      message,
    );
  });
  searchFor(currentSession());
});

/** The search of the panel now open, started on first need. */
function searchFor(session: PanelSession | undefined): Search | undefined {
  if (session && search?.token !== session.token) {
    search = startSearch(session);
    tellFrame({ type: 'panel/finding', token: session.token });
  }
  return search;
}

function tellFrame(notice: PageNotice): void {
  void browser.runtime.sendMessage(notice).catch(() => undefined);
}

/** Frames read inside a page, at most: a page of a hundred ad frames is not a team page. */
const MAX_FRAMES = 8;

/**
 * The page and the frames it shows from its own origin (an embedded team page, an old
 * frameset): what the rep sees as one page. A frame from elsewhere cannot be read, and is not.
 */
function pageDocuments(): Document[] {
  const documents: Document[] = [document];
  for (let i = 0; i < documents.length && documents.length <= MAX_FRAMES; i++) {
    for (const frame of documents[i]?.querySelectorAll('iframe, frame') ?? []) {
      if (documents.length > MAX_FRAMES) break;
      const inner = sameOriginDocument(frame);
      if (inner && !documents.includes(inner)) documents.push(inner);
    }
  }
  return documents;
}

function sameOriginDocument(frame: Element): Document | undefined {
  if (!(frame instanceof HTMLIFrameElement || frame instanceof HTMLFrameElement)) return undefined;
  try {
    const inner = frame.contentDocument;
    return inner?.body && inner.body.childElementCount > 0 ? inner : undefined;
  } catch {
    return undefined;
  }
}

/** Each document read in turn, the page first; a person shown in two is listed once. */
async function detectInDocuments(documents: readonly Document[]): Promise<Detection> {
  const people: Detection['people'] = [];
  const seen = new Set<string>();
  let gaveUp = false;
  const failed: string[] = [];
  for (const page of documents) {
    // A page so large that detection gave up is not worth its frames' time too.
    if (gaveUp) break;
    const found = await detectInSlices(page, new URL(page.location.href), {
      budgetMs: DETECTION_BUDGET_MS,
    });
    gaveUp ||= found.gaveUp;
    failed.push(...found.failed);
    for (const person of found.people) {
      if (seen.has(person.key)) continue;
      seen.add(person.key);
      people.push(person);
    }
  }
  return { people, gaveUp, failed };
}

function startSearch(session: PanelSession): Search {
  const elements = new Map<string, Element>();
  // With a selection the panel shows the form for it: nobody else is looked for.
  const findings =
    session.selection.trim() !== ''
      ? Promise.resolve({ people: [], gaveUp: false })
      : // After the frame has been placed and painted; the page keeps its turn while it is read.
        nextTask()
          .then(() => detectInDocuments(pageDocuments()))
          .then(({ people, gaveUp }) => {
            for (const found of people) if (found.element) elements.set(found.key, found.element);
            return { people: people.map((person) => framedPerson(foundPerson(person))), gaveUp };
          });
  let layer: ReturnType<typeof mountLayer> | undefined;
  const drawChips = (marks: readonly ChipMark[]) => {
    if (currentSession() !== session) return;
    layer ??= mountLayer(
      'position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483646!important;',
      chipStyles,
    );
    render(<PageChips marks={marks} elements={elements} onOpen={open} />, layer.root);
  };
  const open = (key: string) => tellFrame({ type: 'panel/chip', token: session.token, key });
  session.onClose(() => {
    if (layer) render(null, layer.root);
    layer?.remove();
    if (search?.token === session.token) search = undefined;
  });
  return { token: session.token, findings, elements, drawChips };
}
