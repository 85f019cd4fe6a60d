/** The drawing itself: empty role slots, reporting lines, cards, and the card being dragged. */
import type { Stakeholder } from '../../lib/model';
import { fitEdge, fitText, type PowerMapLayout } from '../../lib/powermap';
import { useText } from '../i18n';
import { useRoleLabel } from '../vocabulary';
import { ACCENT, CARD, EDGE, INK, MUTED } from './look';
import { cardOf, PersonCard } from './PersonCard';
import type { Drag } from './useDragToManager';

export interface MapDrawingProps {
  layout: PowerMapLayout;
  people: ReadonlyMap<string, Stakeholder>;
  drag: Drag | undefined;
  onNodePointerDown: (event: PointerEvent, id: string) => void;
  onOpen: (id: string) => void;
}

export function MapDrawing({ layout, people, drag, onNodePointerDown, onOpen }: MapDrawingProps) {
  const t = useText();
  const roleName = useRoleLabel();
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const firstSlot = layout.slots[0];
  const target = drag?.target ? nodes.get(drag.target) : undefined;
  const targetPerson = target ? people.get(target.id) : undefined;
  const dragged = drag ? people.get(drag.id) : undefined;
  return (
    <>
      {firstSlot && (
        <text x={firstSlot.x} y={firstSlot.y - 8} font-size={11} font-weight={600} fill={MUTED}>
          {t('map.rolesNobodyHolds')}
        </text>
      )}
      {layout.slots.map((slot) => (
        <g key={slot.role} class="rc-pm-slot" transform={`translate(${slot.x} ${slot.y})`}>
          <rect
            x={1}
            y={1}
            width={slot.width - 2}
            height={slot.height - 2}
            rx={10}
            fill="#ffffff"
            stroke="#8a93a3"
            stroke-width={1.5}
            stroke-dasharray="7 5"
          />
          <text
            x={slot.width / 2}
            y={slot.height / 2 - 2}
            text-anchor="middle"
            font-size={13}
            font-weight={600}
            fill={MUTED}
          >
            {fitText(roleName(slot.role), slot.width - 20, 13, true)}
          </text>
          <text
            x={slot.width / 2}
            y={slot.height / 2 + 16}
            text-anchor="middle"
            font-size={11}
            fill={MUTED}
          >
            {t('map.nobodyYet')}
          </text>
        </g>
      ))}
      <g fill="none" stroke={EDGE} stroke-width={1.5} stroke-linejoin="round">
        {layout.edges.map((edge) => {
          const from = nodes.get(edge.from);
          const to = nodes.get(edge.to);
          const manager = people.get(edge.from);
          const report = people.get(edge.to);
          if (!from || !to || !manager || !report) return null;
          const points = fitEdge(
            edge,
            { slot: from, card: cardOf(manager, from) },
            { slot: to, card: cardOf(report, to) },
          );
          return (
            <path
              key={`${edge.from}>${edge.to}`}
              data-edge={`${edge.from}>${edge.to}`}
              d={points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')}
            />
          );
        })}
      </g>
      {layout.nodes.map((node) => {
        const person = people.get(node.id);
        if (!person) return null;
        const managerId = person.reportsToId;
        return (
          <PersonCard
            key={node.id}
            person={person}
            node={node}
            managerName={managerId ? people.get(managerId)?.name : undefined}
            dimmed={drag?.id === node.id}
            onPointerDown={onNodePointerDown}
            onOpen={onOpen}
          />
        );
      })}
      {target && targetPerson && <TargetRing box={cardOf(targetPerson, target)} />}
      {drag && dragged && (
        <g
          data-export="skip"
          transform={`translate(${drag.at.x - CARD.width / 2} ${drag.at.y - CARD.height / 2})`}
          pointer-events="none"
          opacity={0.9}
        >
          <rect
            width={CARD.width}
            height={CARD.height}
            rx={10}
            fill="#ffffff"
            stroke={ACCENT}
            stroke-width={2}
            stroke-dasharray="5 3"
          />
          <text
            x={CARD.width / 2}
            y={CARD.height / 2 + 4}
            text-anchor="middle"
            font-size={13}
            font-weight={600}
            fill={INK}
          >
            {fitText(dragged.name, CARD.width - 20, 13, true)}
          </text>
        </g>
      )}
    </>
  );
}

/** The ring around the card a dragged person would report to. */
function TargetRing({ box }: { box: { x: number; y: number; width: number; height: number } }) {
  return (
    <rect
      data-export="skip"
      x={box.x - 4}
      y={box.y - 4}
      width={box.width + 8}
      height={box.height + 8}
      rx={13}
      fill="none"
      stroke={ACCENT}
      stroke-width={3}
      pointer-events="none"
    />
  );
}
