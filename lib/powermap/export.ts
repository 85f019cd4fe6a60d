/**
 * The power map as a file for a deal review: a standalone SVG (styles inlined, nothing
 * external, text escaped) and a PNG drawn from it. Browser only; no network involved.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Styles the picture needs to look the same outside the page's stylesheet. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** These inherit down the SVG tree, so a child repeating its parent's value is left out. */
const INHERITED = new Set<string>(STYLE_PROPERTIES.filter((p) => p !== 'opacity'));

/** Interactivity, page styling and anything that could point outside the file stays behind. */
const DROPPED_ATTRIBUTE =
  /^(on|data-|aria-)|^(class|style|role|tabindex|focusable|href|xlink:href)$/i;

/** Escapes for XML text and attribute values; drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface SvgExportOptions {
  /** Painted behind everything, so the PNG is not transparent. */
  background?: string;
}

/** Serialises a rendered <svg> (it must be in the document, for its computed styles). */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const { width, height } = svgSize(svg);
  const view = svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`;
  const rootStyle = styleOf(svg, undefined);
  const body = [...svg.children].map((child) => writeElement(child, rootStyle.values)).join('');
  const background = options.background ?? '#ffffff';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="${escapeXml(view)}"` +
    `${rootStyle.attribute}>` +
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>${body}</svg>\n`
  );
}

/** The picture's natural size: its viewBox, else its attributes. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = box[2] ?? Number(svg.getAttribute('width'));
  const height = box[3] ?? Number(svg.getAttribute('height'));
  return {
    width: Number.isFinite(width) && width > 0 ? width : 300,
    height: Number.isFinite(height) && height > 0 ? height : 150,
  };
}

function writeElement(element: Element, inherited: ReadonlyMap<string, string>): string {
  if (element.getAttribute('data-export') === 'skip') return '';
  const style = styleOf(element, inherited);
  if (style.hidden) return '';
  const name = element.localName;
  const attributes = [...element.attributes]
    .filter((a) => !DROPPED_ATTRIBUTE.test(a.name))
    .map((a) => ` ${a.name}="${escapeXml(a.value)}"`)
    .join('');
  const inner = [...element.childNodes]
    .map((node) =>
      node instanceof Element
        ? writeElement(node, style.values)
        : node.nodeType === node.TEXT_NODE
          ? escapeXml(node.textContent ?? '')
          : '',
    )
    .join('');
  return `<${name}${attributes}${style.attribute}>${inner}</${name}>`;
}

function styleOf(element: Element, inherited: ReadonlyMap<string, string> | undefined) {
  const computed = element.ownerDocument.defaultView?.getComputedStyle(element);
  const values = new Map(inherited);
  const own: string[] = [];
  for (const property of STYLE_PROPERTIES) {
    const value = computed?.getPropertyValue(property).trim() ?? '';
    if (!value) continue;
    if (INHERITED.has(property) && inherited?.get(property) === value) continue;
    if (INHERITED.has(property)) values.set(property, value);
    own.push(`${property}:${value}`);
  }
  const hidden = computed?.display === 'none' || computed?.visibility === 'hidden';
  return {
    values,
    hidden,
    attribute: own.length > 0 ? ` style="${escapeXml(own.join(';'))}"` : '',
  };
}

/** Browsers refuse canvases past about 16k a side; a big map is scaled down to fit. */
export function pngSize(
  width: number,
  height: number,
  scale = 2,
  maxSide = 16_384,
): { width: number; height: number } {
  const fit = Math.min(scale, maxSide / width, maxSide / height);
  return {
    width: Math.max(1, Math.round(width * fit)),
    height: Math.max(1, Math.round(height * fit)),
  };
}

/** Draws the SVG text onto a canvas. The SVG is a data: URL, so nothing is fetched. */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const size = pngSize(width, height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the picture.');
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG came out empty.'))),
      'image/png',
    ),
  );
}

/** Characters Windows, macOS or Linux refuse in a file name (control characters too). */
const FORBIDDEN_IN_FILE_NAMES = '\\/:*?"<>|';

/** A file name any operating system accepts, from an account name. */
export function fileName(base: string, extension: string): string {
  const safe = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || FORBIDDEN_IN_FILE_NAMES.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${safe || 'power map'}.${extension}`;
}

/** Hands a file to the browser's download shelf. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
