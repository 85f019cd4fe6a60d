/**
 * Reading an import file as text without trusting it: size limit first, then a look at the
 * first bytes, then streaming decode with BOM and UTF-16 detection and strict UTF-8.
 */
import { fail, ok, type Result, type Said, say } from './result';
import { type ProgressListener, timeSlicer } from './yield';

/** What a File or Blob offers; anything shaped like it works (tests, Node's fs.openAsBlob). */
export interface ByteSource {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface ImportSource {
  /** The file name the rep picked, used in every message. */
  name: string;
  data: ByteSource | string;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Sniff {
  encoding: TextEncoding;
  /** The first few thousand characters, BOM removed. */
  head: string;
}

/** Bigger than any real map (100,000 people is ~70 MB of JSON), smaller than a hang. */
export const DEFAULT_MAX_BYTES = 150 * 1024 * 1024;
const SNIFF_BYTES = 4096;

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Rejects by size and by the first bytes, before anything else is read. */
export async function sniff(source: ImportSource, maxBytes: number): Promise<Result<Sniff>> {
  const { name, data } = source;
  if (typeof data === 'string')
    return ok({ encoding: 'utf-8', head: stripBom(data.slice(0, SNIFF_BYTES)) });
  if (data.size > maxBytes) {
    return fail(
      name,
      undefined,
      say('transfer.problem.tooBig', { size: formatSize(data.size), max: formatSize(maxBytes) }),
    );
  }
  if (data.size === 0) return fail(name, undefined, say('transfer.problem.emptyFile'));
  const bytes = new Uint8Array(await data.slice(0, SNIFF_BYTES).arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return fail(name, undefined, say('transfer.problem.workbook'));
  }
  const encoding = detectEncoding(bytes);
  // The sample may end inside a character; only what comes before that has to be valid.
  const complete =
    bytes.length === data.size ? bytes : bytes.subarray(0, trimPartial(bytes, encoding));
  // Lenient here: a few bad bytes in text are a mixed encoding, which the full read reports by line.
  const head = new TextDecoder(encoding).decode(complete);
  if (looksBinary(head)) {
    return fail(name, undefined, say('transfer.problem.binary'));
  }
  return ok({ encoding, head: stripBom(head) });
}

/**
 * Control characters no text file contains (tab, CR, LF and form feed are fine), or many
 * undecodable bytes: a text file in the wrong encoding has a few, binary data has lots.
 */
function looksBinary(text: string): boolean {
  let undecodable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d)
      return true;
    if (code === 0xfffd) undecodable++;
  }
  return undecodable > text.length / 3;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // UTF-16 without a BOM: ASCII text leaves every other byte zero.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return 'utf-16be';
  return 'utf-8';
}

/** Length of the sample without a character cut off at its end. */
function trimPartial(bytes: Uint8Array, encoding: TextEncoding): number {
  if (encoding !== 'utf-8') return bytes.length - (bytes.length % 2) - 2;
  let end = bytes.length;
  // Step back over continuation bytes to the lead byte of the last character, and drop it.
  for (let back = 1; back <= 4 && end - back >= 0; back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      if (byte >= 0xc0) end -= back;
      break;
    }
  }
  return end;
}

/**
 * Feeds the whole file as text to `sink`, a slice at a time, yielding to the event loop.
 * A byte sequence that is not valid in the detected encoding stops the read with the line
 * it is on, since mixed encodings usually come from pasting rows from another file.
 */
export async function readText(
  source: ImportSource,
  encoding: TextEncoding,
  sink: (text: string) => Result<void> | Promise<Result<void>>,
  onProgress?: ProgressListener,
  /** What to say about bytes that are not text: a backup and a CSV need different advice. */
  notText?: Said,
): Promise<Result<void>> {
  const { name, data } = source;
  if (typeof data === 'string') return feedString(stripBom(data), sink);
  const decoder = new TextDecoder(encoding, { fatal: true });
  const pause = timeSlicer();
  let linesBefore = 0;
  // Slices of a known size, not data.stream(): some platforms stream a whole file as one chunk.
  for (let start = 0; start < data.size; start += READ_BYTES) {
    const end = Math.min(data.size, start + READ_BYTES);
    const bytes = new Uint8Array(await data.slice(start, end).arrayBuffer());
    const last = end === data.size;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      const line = linesBefore + badLineWithin(bytes, encoding);
      return fail(name, say('transfer.where.line', { line }), notText ?? notTextMessage(encoding));
    }
    if (text !== '') {
      const fed = await sink(text);
      if (!fed.ok) return fed;
      linesBefore += countLines(text);
    }
    onProgress?.({ phase: 'reading', done: end, total: data.size });
    await pause();
  }
  return ok(undefined);
}

/** Big enough that reading is quick, small enough that decoding one slice is a blink. */
const READ_BYTES = 256 * 1024;

function notTextMessage(encoding: TextEncoding): Said {
  return say('transfer.problem.badEncoding', {
    encoding: encoding === 'utf-8' ? 'UTF-8' : 'UTF-16',
  });
}

function badLineWithin(chunk: Uint8Array, encoding: TextEncoding): number {
  const lenient = new TextDecoder(encoding).decode(chunk);
  const bad = lenient.indexOf('\uFFFD');
  return countLines(bad === -1 ? lenient : lenient.slice(0, bad)) + 1;
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

const STRING_CHUNK = 1 << 20;

async function feedString(
  text: string,
  sink: (text: string) => Result<void> | Promise<Result<void>>,
): Promise<Result<void>> {
  for (let start = 0; start < text.length; start += STRING_CHUNK) {
    const fed = await sink(text.slice(start, start + STRING_CHUNK));
    if (!fed.ok) return fed;
  }
  return ok(undefined);
}
