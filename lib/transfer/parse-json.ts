/**
 * Parses the JSON object a backup holds without holding the page still: one JSON.parse of a
 * 100 MB file blocks for a second or more, so the big arrays are cut at their element
 * boundaries and parsed a slice at a time, between yields. Only valid JSON can pass: every
 * piece goes through JSON.parse. When anything is off, a streaming parser reads the text
 * again to say exactly where the JSON breaks (or that the file was cut off).
 */
import { Tokenizer, TokenParser } from '@streamparser/json';
import { fail, ok, type Result, say } from './result';
import { type ImportSource, readText, type TextEncoding } from './source';
import { type ProgressListener, timeSlicer } from './yield';

/** The top-level members of the object the file holds, exactly as JSON.parse would give them. */
export async function parseJsonObject(
  source: ImportSource,
  encoding: TextEncoding,
  onProgress?: ProgressListener,
): Promise<Result<Record<string, unknown>>> {
  const chunks: string[] = [];
  const read = await readText(
    source,
    encoding,
    (text) => {
      chunks.push(text);
      return ok(undefined);
    },
    onProgress,
    say('transfer.problem.jsonNotUtf8'),
  );
  if (!read.ok) return read;
  const text = chunks.join('');
  chunks.length = 0;
  const parsed = await parseInSlices(text, { onProgress });
  return parsed === undefined ? locateError(source.name, text) : ok(parsed);
}

/** A top-level array's contents: the text between its brackets, and where its elements split. */
interface ArrayRange {
  start: number;
  end: number;
  /** Positions of the commas (between elements) that start a new slice. */
  cuts: number[];
}

const SLICE_CHARS = 512 * 1024;
const SCAN_STEP = 1 << 20;

export interface SliceOptions {
  /** A top-level array is cut into pieces of about this many characters. */
  sliceChars?: number;
  onProgress?: ProgressListener;
}

/**
 * What JSON.parse(text) gives when that is an object, else undefined (locateError then says
 * why), without one long parse call.
 */
export async function parseInSlices(
  text: string,
  { sliceChars = SLICE_CHARS, onProgress }: SliceOptions = {},
): Promise<Record<string, unknown> | undefined> {
  const pause = timeSlicer();
  const ranges: ArrayRange[] = [];
  let depth = 0;
  let rootStart = -1;
  let rootEnd = -1;
  let open: ArrayRange | undefined;
  let sliceStart = 0;
  let at = 0;
  while (at < text.length) {
    const stop = Math.min(text.length, at + SCAN_STEP);
    for (; at < stop; at++) {
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        if (depth === 0) return undefined;
        at = stringEnd(text, at);
        if (at === -1) return undefined;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (depth === 0) {
          if (rootStart !== -1 || code !== OPEN_BRACE) return undefined;
          rootStart = at;
        } else if (depth === 1 && code === OPEN_BRACKET) {
          open = { start: at + 1, end: -1, cuts: [] };
          sliceStart = at + 1;
        }
        depth++;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth--;
        if (depth === 1 && open && code === CLOSE_BRACKET) {
          open.end = at;
          ranges.push(open);
          open = undefined;
        } else if (depth === 0) {
          rootEnd = at + 1;
          if (!isJsonSpace(text.slice(rootEnd))) return undefined;
          at = text.length;
          break;
        } else if (depth < 0) return undefined;
      } else if (code === COMMA && depth === 2 && open && at - sliceStart >= sliceChars) {
        open.cuts.push(at);
        sliceStart = at + 1;
      } else if (depth === 0 && !isSpaceCode(code)) return undefined;
    }
    onProgress?.({ phase: 'parsing', done: at, total: text.length });
    await pause();
  }
  if (rootStart === -1 || rootEnd === -1) return undefined;

  // The object with each top-level array's contents replaced by its number in `ranges`.
  let skeleton = '';
  let from = rootStart;
  ranges.forEach((range, index) => {
    skeleton += `${text.slice(from, range.start)}${index}`;
    from = range.end;
  });
  skeleton += text.slice(from, rootEnd);
  const root = tryParse(skeleton);
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined;

  const arrays: unknown[][] = [];
  for (const range of ranges) {
    const items: unknown[] = [];
    const bounds = [range.start - 1, ...range.cuts, range.end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = text.slice((bounds[i] ?? 0) + 1, bounds[i + 1]);
      // "[ , ]" must not pass as two empty slices: only a lone slice may be empty.
      if (bounds.length > 2 && piece.trim() === '') return undefined;
      const slice = tryParse(`[${piece}]`);
      if (!Array.isArray(slice)) return undefined;
      for (const item of slice) items.push(item);
      onProgress?.({ phase: 'parsing', done: bounds[i + 1] ?? 0, total: text.length });
      await pause();
    }
    arrays.push(items);
  }
  // Object.fromEntries defines own properties: a "__proto__" member stays a plain key.
  return Object.fromEntries(
    Object.entries(root).map(([key, value]) => [key, arrayFor(value, arrays)]),
  );
}

/** A top-level array in the skeleton is `[n]`: the n-th array's parsed elements. */
function arrayFor(value: unknown, arrays: unknown[][]): unknown {
  if (!Array.isArray(value)) return value;
  const index: unknown = value[0];
  return typeof index === 'number' ? arrays[index] : value;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Index of the quote that closes the string opened at `start`, or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  let at = text.indexOf('"', start + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return -1;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isJsonSpace(text: string): boolean {
  return /^[ \t\n\r]*$/.test(text);
}

/**
 * Reads the text again with a streaming tokenizer and parser, which know the exact place JSON
 * breaks: the tokenizer for a character that starts no token, the parser for a token in the
 * wrong place (a trailing comma, a missing colon), by the byte offset of that token.
 */
async function locateError(file: string, text: string): Promise<Result<Record<string, unknown>>> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ['$'], keepStack: false });
  let error: { byte: number; closing: boolean } | undefined;
  parser.onValue = () => undefined;
  let tokenAt = 0;
  parser.onError = (problem) => {
    error ??= { byte: tokenAt, closing: /RIGHT_(BRACE|BRACKET)/.test(problem.message) };
  };
  tokenizer.onError = (problem) => {
    const at = /absolute position "(\d+)"/.exec(problem.message)?.[1];
    error ??= { byte: at === undefined ? tokenAt : Number(at), closing: false };
  };
  tokenizer.onToken = (info) => {
    if (error !== undefined) return;
    tokenAt = info.offset;
    parser.write(info);
  };
  const place = new TextPlace();
  const pause = timeSlicer();
  for (let start = 0; start < text.length; start += SCAN_STEP) {
    const slice = text.slice(start, start + SCAN_STEP);
    try {
      tokenizer.write(slice);
    } catch {
      // The tokenizer throws when no onError takes the problem; ours does, so this is spare.
    }
    if (error !== undefined) {
      const before = place.before(slice, error.byte);
      // `{"a": 1,}`: a bracket where a value or key should follow a comma.
      const trailingComma = error.closing && /,\s*$/.test(before);
      return fail(
        file,
        place.of(before),
        say(trailingComma ? 'transfer.problem.trailingComma' : 'transfer.problem.invalidJson'),
      );
    }
    place.advance(slice);
    await pause();
  }
  // The text ran out before the object closed: an interrupted download or copy.
  if (!parser.isEnded) return fail(file, undefined, say('transfer.problem.cutOff'));
  return fail(file, undefined, say('transfer.problem.invalidJson'));
}

/** Line and column of a byte offset in the text, counted over the slices seen so far. */
class TextPlace {
  #lines = 0;
  /** Characters after the last line break seen. */
  #column = 0;
  /** UTF-8 bytes of the slices seen. */
  #bytes = 0;

  advance(text: string): void {
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1) this.#column += text.length;
    else {
      this.#lines += countBreaks(text);
      this.#column = text.length - lastBreak - 1;
    }
    this.#bytes += new TextEncoder().encode(text).length;
  }

  /** The slice `text` being read, up to byte `absolute` of the whole text. */
  before(text: string, absolute: number): string {
    const bytes = new TextEncoder().encode(text).subarray(0, Math.max(0, absolute - this.#bytes));
    return new TextDecoder().decode(bytes);
  }

  /** Line and column just after `before`, the start of the slice being read up to a point. */
  of(before: string) {
    const lastBreak = before.lastIndexOf('\n');
    const line = this.#lines + countBreaks(before) + 1;
    const column = lastBreak === -1 ? this.#column + before.length + 1 : before.length - lastBreak;
    return say('transfer.where.lineColumn', { line, column });
  }
}

function countBreaks(text: string): number {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks;
}
