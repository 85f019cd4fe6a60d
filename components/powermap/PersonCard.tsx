/** One person on the power map: stance as colour, influence as size, roles as badges. */
import { INFLUENCE_TEXT, STANCE_TEXT } from '../../lib/i18n/attributes';
import type { Influence, Stakeholder } from '../../lib/model';
import {
  type Box,
  cardBox,
  fitText,
  INFLUENCE_SCALE,
  type LayoutNode,
  textWidth,
} from '../../lib/powermap';
import { useLanguage, useText } from '../i18n';
import { useRoleLabel } from '../vocabulary';
import { CARD, INK, MUTED, STANCE_COLOUR } from './look';

const PAD = 16;
const BARS: Readonly<Record<Influence, number>> = { high: 3, medium: 2, low: 1, unknown: 0 };
const BADGE_FONT = 10;

export interface PersonCardProps {
  person: Stakeholder;
  node: LayoutNode;
  managerName: string | undefined;
  dimmed: boolean;
  onPointerDown: (event: PointerEvent, id: string) => void;
  onOpen: (id: string) => void;
}

export function cardOf(person: Stakeholder, node: LayoutNode): Box {
  return cardBox(node, INFLUENCE_SCALE[person.influence]);
}

export function PersonCard({
  person,
  node,
  managerName,
  dimmed,
  onPointerDown,
  onOpen,
}: PersonCardProps) {
  const t = useText();
  const language = useLanguage();
  const roleName = useRoleLabel();
  const scale = INFLUENCE_SCALE[person.influence];
  const box = cardOf(person, node);
  const colour = STANCE_COLOUR[person.stance];
  const stance = STANCE_TEXT[person.stance][language];
  const influence = INFLUENCE_TEXT[person.influence][language];
  const roles = person.roles.map(roleName);
  const label = [
    [person.name, person.title].filter(Boolean).join(', '),
    managerName ? t('pm.reportsTo', { name: managerName }) : t('pm.noManager'),
    roles.length > 0 ? roles.join(', ') : t('map.noRole'),
    stance,
    influence,
  ].join('. ');
  const stanceLine = `${stance} · ${influence}`;
  const lineRoom = CARD.width - PAD - 10;
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the card acts as one for keyboard and screen readers.
    <g
      class="rc-pm-node"
      data-id={person.id}
      transform={`translate(${box.x} ${box.y}) scale(${scale})`}
      opacity={dimmed ? 0.35 : 1}
      role="button"
      tabIndex={0}
      aria-label={label}
      onPointerDown={(event) => onPointerDown(event, person.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(person.id);
        }
      }}
    >
      <title>{label}</title>
      <rect
        class="rc-pm-card"
        width={CARD.width}
        height={CARD.height}
        rx={10}
        fill={colour.fill}
        stroke={colour.line}
        stroke-width={person.influence === 'high' ? 2.5 : 1.25}
      />
      <rect x={5} y={8} width={4} height={CARD.height - 16} rx={2} fill={colour.line} />
      <text x={PAD} y={22} font-size={13} font-weight={600} fill={INK}>
        {fitText(person.name, CARD.width - PAD - 38, 13, true)}
      </text>
      <Bars level={BARS[person.influence]} colour={INK} />
      {person.title && (
        <text x={PAD} y={39} font-size={11} fill={MUTED}>
          {fitText(person.title, lineRoom, 11)}
        </text>
      )}
      <text x={PAD} y={56} font-size={10.5} font-weight={600} fill={colour.line}>
        {textWidth(stanceLine, 10.5, true) <= lineRoom
          ? stanceLine
          : fitText(stance, lineRoom, 10.5, true)}
      </text>
      <Badges labels={roles} more={(n) => t('pm.moreRoles', { count: n })} />
    </g>
  );
}

function Bars({ level, colour }: { level: number; colour: string }) {
  const right = CARD.width - 10;
  return (
    <g>
      {[1, 2, 3].map((bar) => (
        <rect
          key={bar}
          x={right - (4 - bar) * 6}
          y={20 - bar * 3 - 2}
          width={4}
          height={bar * 3 + 2}
          rx={1}
          fill={bar <= level ? colour : '#d9dde3'}
        />
      ))}
    </g>
  );
}

/** As many role badges as fit on one line, then "+2". */
function Badges({ labels, more }: { labels: readonly string[]; more: (n: number) => string }) {
  const room = CARD.width - PAD - 8;
  const placed: { label: string; x: number; width: number }[] = [];
  let x = PAD;
  for (const [i, label] of labels.entries()) {
    const rest = labels.length - i - 1;
    const reserve = rest > 0 ? textWidth(more(rest), BADGE_FONT, true) + 8 : 0;
    const full = textWidth(label, BADGE_FONT, true) + 12;
    const width = Math.min(full, room);
    if (x + width + reserve > PAD + room && placed.length > 0) break;
    const text = full <= room ? label : fitText(label, room - 12, BADGE_FONT, true);
    placed.push({ label: text, x, width });
    x += width + 4;
  }
  const hidden = labels.length - placed.length;
  return (
    <g>
      {placed.map((badge) => (
        <g key={badge.label} transform={`translate(${badge.x} 64)`}>
          <rect width={badge.width} height={16} rx={8} fill="#ffffff" stroke="#c5cbd6" />
          <text x={6} y={11.5} font-size={BADGE_FONT} font-weight={600} fill={INK}>
            {badge.label}
          </text>
        </g>
      ))}
      {hidden > 0 && (
        <text x={x} y={75.5} font-size={BADGE_FONT} font-weight={600} fill={MUTED}>
          {more(hidden)}
        </text>
      )}
    </g>
  );
}
