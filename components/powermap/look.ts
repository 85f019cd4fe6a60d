/**
 * The power map's colours and measures. Written as SVG attributes rather than page CSS, so an
 * exported picture looks the same as the one on screen.
 */
import type { Stance } from '../../lib/model';

/** Line colour matches the popup's stance badges; the fill is the same hue, pale. */
export const STANCE_COLOUR: Readonly<Record<Stance, { line: string; fill: string }>> = {
  champion: { line: '#1d7a4a', fill: '#e4f4ea' },
  supporter: { line: '#4c9a2a', fill: '#eef7e8' },
  neutral: { line: '#6b7280', fill: '#f2f3f5' },
  skeptic: { line: '#b7791f', fill: '#fcf2e2' },
  blocker: { line: '#b42335', fill: '#fce8eb' },
  unknown: { line: '#9aa3b2', fill: '#ffffff' },
};

export const INK = '#1c2330';
export const MUTED = '#5b6575';
export const ACCENT = '#3f51d6';
export const EDGE = '#8a93a3';
export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Card slot size; wide enough for a name, a title and two role badges. */
export const CARD = { width: 196, height: 88 } as const;
/** Room above the map for the legend (and, while dragging, the "no manager" drop zone). */
export const LEGEND_HEIGHT = 44;
