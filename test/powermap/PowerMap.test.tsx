import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CARD, STANCE_COLOUR } from '../../components/powermap/look';
import { PowerMap } from '../../components/powermap/PowerMap';
import type { Stakeholder } from '../../lib/model';
import { type DropDecision, layoutPowerMap } from '../../lib/powermap';
import { serializeSvg } from '../../lib/powermap/export';
import { person, smallCommittee } from './people';

function renderMap(
  people: Stakeholder[] = smallCommittee(),
  onSetManager = vi.fn(
    async (childId: string, managerId: string | undefined): Promise<DropDecision> => ({
      kind: 'set',
      childId,
      managerId,
    }),
  ),
) {
  const onOpen = vi.fn();
  const view = render(
    <PowerMap
      accountName="Acme"
      stakeholders={people}
      missingRoles={['procurement']}
      onSetManager={onSetManager}
      onOpen={onOpen}
    />,
  );
  const card = (id: string) => {
    const found = view.container.querySelector(`g.rc-pm-node[data-id="${id}"]`);
    if (!(found instanceof SVGElement)) throw new Error(`no card ${id}`);
    return found;
  };
  return { ...view, onOpen, onSetManager, card };
}

/** translate(x y) scale(s) of a card. */
function placement(card: Element) {
  const match = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)/u.exec(
    card.getAttribute('transform') ?? '',
  );
  if (!match) throw new Error('no transform');
  return { x: Number(match[1]), y: Number(match[2]), scale: Number(match[3]) };
}

describe('the power map picture', () => {
  it('draws every person where the layout puts them, sized by influence', () => {
    const people = smallCommittee();
    const { card } = renderMap(people);
    const layout = layoutPowerMap(people, {
      missingRoles: ['procurement'],
      nodeWidth: CARD.width,
      nodeHeight: CARD.height,
    });
    for (const node of layout.nodes) {
      const drawn = placement(card(node.id));
      const width = CARD.width * drawn.scale;
      // Centred in the slot the layout gave: influence shrinks the card, not the tree.
      expect(drawn.x + width / 2).toBeCloseTo(node.x + node.width / 2);
      expect(drawn.y + (CARD.height * drawn.scale) / 2).toBeCloseTo(node.y + node.height / 2);
    }
    expect(placement(card('cfo')).scale).toBe(1);
    expect(placement(card('cto')).scale).toBeLessThan(1);
    // The CEO sits above, centred over the CFO and the CTO.
    const centre = (id: string) => {
      const drawn = placement(card(id));
      return { x: drawn.x + (CARD.width * drawn.scale) / 2, y: drawn.y };
    };
    expect(centre('ceo').x).toBeCloseTo((centre('cfo').x + centre('cto').x) / 2);
    expect(centre('ceo').y).toBeLessThan(centre('cfo').y);
    expect(centre('cfo').x).toBeLessThan(centre('cto').x);
  });

  it('colours each card by stance and labels it for a screen reader', () => {
    const { card } = renderMap();
    const outline = (id: string) => card(id).querySelector('rect')?.getAttribute('stroke');
    expect(outline('cfo')).toBe(STANCE_COLOUR.supporter.line);
    expect(outline('cto')).toBe(STANCE_COLOUR.skeptic.line);
    expect(outline('e2')).toBe(STANCE_COLOUR.champion.line);
    expect(
      screen.getByRole('button', {
        name: 'Jane Doe, CFO. reports to Max Roe. Economic buyer, Budget holder. Supporter. High influence',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /^Max Roe, CEO\. No manager on the map\./u }),
    ).toBeTruthy();
    expect(card('cfo').textContent).toContain('Economic buyer');
  });

  it('draws one reporting line per manager and a dashed slot per missing role', () => {
    const { container } = renderMap();
    const lines = [...container.querySelectorAll('path[data-edge]')].map((p) =>
      p.getAttribute('data-edge'),
    );
    expect(lines.sort()).toEqual(['ceo>cfo', 'ceo>cto', 'cto>e1', 'cto>e2']);
    const slot = container.querySelector('.rc-pm-slot');
    expect(slot?.textContent).toBe('ProcurementNobody yet');
    expect(slot?.querySelector('rect')?.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('opens a person on click or Enter', () => {
    const { card, onOpen } = renderMap();
    fireEvent.keyDown(card('e1'), { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith('e1');
    fireEvent.pointerDown(card('e2'), { button: 0, clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerUp(card('e2'), { button: 0, clientX: 11, clientY: 10, pointerId: 1 });
    expect(onOpen).toHaveBeenLastCalledWith('e2');
  });

  it('asks to save a reporting line when a card is dropped on another, and says what happened', async () => {
    const people = smallCommittee();
    const { card, container, onSetManager } = renderMap(people);
    const layout = layoutPowerMap(people, {
      missingRoles: ['procurement'],
      nodeWidth: CARD.width,
      nodeHeight: CARD.height,
    });
    const cfo = layout.nodes.find((n) => n.id === 'cfo');
    if (!cfo) throw new Error('no cfo');
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no svg');
    // happy-dom's screen matrix is the identity, so client coordinates are map coordinates.
    fireEvent.pointerDown(card('e1'), { button: 0, clientX: 0, clientY: 500, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: cfo.x + 40, clientY: cfo.y + 30, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: cfo.x + 40, clientY: cfo.y + 30, pointerId: 1 });
    expect(onSetManager).toHaveBeenCalledWith('e1', 'cfo');
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Bo Kim now reports to Jane Doe.',
    );
  });

  it('explains a refused line in words', async () => {
    const refuse = vi.fn(
      async (): Promise<DropDecision> => ({
        kind: 'refuse',
        childId: 'ceo',
        managerId: 'e1',
        through: ['cto'],
      }),
    );
    const { card, container } = renderMap(smallCommittee(), refuse);
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no svg');
    const e1 = placement(card('e1'));
    fireEvent.pointerDown(card('ceo'), { button: 0, clientX: 0, clientY: 0, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: e1.x + 30, clientY: e1.y + 30, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: e1.x + 30, clientY: e1.y + 30, pointerId: 1 });
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      "Max Roe can't report to Bo Kim: Bo Kim already reports to Max Roe through Ann Lee.",
    );
  });

  it('exports a picture with page markup as text only, and nothing interactive', () => {
    const people = [
      person('x', '<script>alert(1)</script> & "Co"', { title: '<img src=x onerror=alert(1)>' }),
      person('y', 'Plain Person', { reportsToId: 'x' }),
    ];
    const { container } = renderMap(people);
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no svg');
    const text = serializeSvg(svg);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(text).not.toMatch(/<script|<img/iu);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelectorAll('script, img, foreignObject')).toHaveLength(0);
    const attributes = [...parsed.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    expect(attributes.filter((a) => /^(on|data-|aria-)|^(tabindex|role|class)$/iu.test(a))).toEqual(
      [],
    );
    expect(text).toContain('Plain Person');
  });
});
