/** Fitting text into fixed-size cards without a layout engine. */

/** Wide scripts (CJK, Hangul, fullwidth forms) take about a full em per character. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ilIjtf.,;:'|!()[\] ]/u;
const BROAD = /[MWmw@%]/u;

/**
 * Estimated width in px of `text` at `fontSize`: cards are SVG, and measuring real glyphs would
 * need a rendered DOM (and differs by machine), so a per-character estimate errs on the wide
 * side; widths follow DejaVu Sans, the widest common fallback. Bold runs about a tenth wider.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) ems += 1;
    else if (NARROW.test(ch)) ems += 0.34;
    else if (BROAD.test(ch)) ems += 0.9;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/** `text` shortened with an ellipsis to fit `maxWidth`; unchanged when it already fits. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize, bold);
  let used = 0;
  let kept = '';
  for (const ch of text) {
    used += textWidth(ch, fontSize, bold);
    if (used > room) break;
    kept += ch;
  }
  return `${kept.trimEnd()}…`;
}
