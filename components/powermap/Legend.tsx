/** The key to the picture, drawn into it so an exported map explains itself. */
import { STANCE_TEXT } from '../../lib/i18n/attributes';
import { STANCES, type Stance } from '../../lib/model';
import { textWidth } from '../../lib/powermap';
import { useLanguage, useText } from '../i18n';
import { INK, MUTED, STANCE_COLOUR } from './look';

const FONT_SIZE = 11;
const SWATCH = 12;

export interface LegendLayout {
  items: { stance: Stance; label: string; x: number }[];
  note: string;
  noteX: number;
  width: number;
}

/** Where each entry of the key goes, so the picture can be made wide enough for it. */
export function useLegend(): LegendLayout {
  const t = useText();
  const language = useLanguage();
  let x = 0;
  const items = STANCES.map((stance) => {
    const label = STANCE_TEXT[stance][language];
    const item = { stance, label, x };
    x += SWATCH + 6 + textWidth(label, FONT_SIZE) + 16;
    return item;
  });
  const note = t('pm.legendSize');
  const noteX = x + 8;
  return { items, note, noteX, width: noteX + textWidth(note, FONT_SIZE) };
}

export function Legend({ x, y, legend }: { x: number; y: number; legend: LegendLayout }) {
  return (
    <g transform={`translate(${x} ${y})`} font-size={FONT_SIZE}>
      {legend.items.map((item) => (
        <g key={item.stance} transform={`translate(${item.x} 0)`}>
          <rect
            y={-SWATCH + 2}
            width={SWATCH}
            height={SWATCH}
            rx={3}
            fill={STANCE_COLOUR[item.stance].fill}
            stroke={STANCE_COLOUR[item.stance].line}
            stroke-width={2}
          />
          <text x={SWATCH + 6} fill={INK}>
            {item.label}
          </text>
        </g>
      ))}
      <text x={legend.noteX} fill={MUTED}>
        {legend.note}
      </text>
    </g>
  );
}
