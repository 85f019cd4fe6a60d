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
import { detectInSlices, foundPerson } from '../../lib/extract';
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

function startSearch(session: PanelSession): Search {
  const elements = new Map<string, Element>();
  // With a selection the panel shows the form for it: nobody else is looked for.
  const findings =
    session.selection.trim() !== ''
      ? Promise.resolve({ people: [], gaveUp: false })
      : // After the frame has been placed and painted; the page keeps its turn while it is read.
        nextTask()
          .then(() =>
            detectInSlices(document, new URL(location.href), { budgetMs: DETECTION_BUDGET_MS }),
          )
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
