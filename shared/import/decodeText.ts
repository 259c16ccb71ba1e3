import chardet from 'chardet';
import { message, type Message } from './message.js';

/**
 * Turns the bytes of a text file into text, in whichever encoding Excel (or another program) wrote it:
 * a byte-order mark decides; otherwise strict UTF-8 if every byte fits; otherwise the detector
 * (chardet) chooses among the legacy encodings. Decoding is strict: a byte the encoding does not
 * have is reported with its line, never replaced silently.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];
export const isTextEncoding = (value: string): value is TextEncoding => (TEXT_ENCODINGS as readonly string[]).includes(value);

export type Decoded = { ok: true; text: string; encoding: TextEncoding; guessed: boolean } | { ok: false; error: Message };

/** The detector looks at the start of the file: enough to decide, and fast. */
const SAMPLE_BYTES = 32 * 1024;

const failure = (key: string, params: Record<string, string | number> = {}): Decoded => ({ ok: false, error: message(`import.fileErrors.${key}`, params) });

function bom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Text in any 8-bit encoding has no NUL bytes; UTF-16 without a BOM has one in every ASCII character. */
function utf16ByNuls(sample: Uint8Array): TextEncoding | 'binary' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (even + odd === 0) return null;
  const half = sample.length / 2;
  if (odd > half * 0.2 && even < odd / 20) return 'utf-16le';
  if (even > half * 0.2 && odd < even / 20) return 'utf-16be';
  return 'binary';
}

/** Valid multi-byte UTF-8 sequences, bytes that start no valid sequence, and where the first of those is. */
export function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstBad: number } {
  let valid = 0;
  let invalid = 0;
  let firstBad = -1;
  const bad = (at: number) => {
    invalid++;
    if (firstBad < 0) firstBad = at;
  };
  const cont = (at: number) => at < bytes.length && (bytes[at]! & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) length = 3;
    else if (b >= 0xf0 && b <= 0xf4) length = 4;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = cont(i + k);
    // Overlong forms and surrogates, as TextDecoder refuses them.
    if (ok && length === 3) ok = !(b === 0xe0 && bytes[i + 1]! < 0xa0) && !(b === 0xed && bytes[i + 1]! >= 0xa0);
    if (ok && length === 4) ok = !(b === 0xf0 && bytes[i + 1]! < 0x90) && !(b === 0xf4 && bytes[i + 1]! >= 0x90);
    if (ok) {
      valid++;
      i += length;
    } else {
      bad(i);
      i++;
    }
  }
  return { valid, invalid, firstBad };
}

/** The line (1-based) a byte offset is on. */
export function lineAt(bytes: Uint8Array, offset: number, unit: 1 | 2 = 1, bigEndian = false): number {
  let line = 1;
  for (let i = 0; i + unit - 1 < offset; i += unit) {
    const isLf = unit === 1 ? bytes[i] === 0x0a : bigEndian ? bytes[i] === 0 && bytes[i + 1] === 0x0a : bytes[i] === 0x0a && bytes[i + 1] === 0;
    if (isLf) line++;
  }
  return line;
}

/** The first line that the encoding cannot decode (each line on its own: no encoding here uses the LF byte inside a character). */
function firstBadLine(body: Uint8Array, encoding: TextEncoding): number {
  const unit = encoding.startsWith('utf-16') ? 2 : 1;
  const bigEndian = encoding === 'utf-16be';
  const decoder = new TextDecoder(encoding, { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= body.length; i += unit) {
    const end = i >= body.length || (unit === 1 ? body[i] === 0x0a : bigEndian ? body[i] === 0 && body[i + 1] === 0x0a : body[i] === 0x0a && body[i + 1] === 0);
    if (!end) continue;
    try {
      decoder.decode(body.subarray(start, Math.min(i + unit, body.length)));
    } catch {
      return line;
    }
    line++;
    start = i + unit;
  }
  return line - 1;
}

/** Which of our encodings the detector's answer stands for (single-byte Western encodings are read as Windows-1252). */
function fromDetector(name: string): TextEncoding | null {
  const n = name.toLowerCase();
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312') return 'gb18030';
  if (n.startsWith('big5')) return 'big5';
  if (n === 'utf-16le') return 'utf-16le';
  if (n === 'utf-16be') return 'utf-16be';
  if (/^(iso-8859-(1|2|9|15)|windows-125[02])$/.test(n)) return 'windows-1252';
  return null;
}

function guess(body: Uint8Array): TextEncoding | Decoded {
  const sample = body.subarray(0, SAMPLE_BYTES);
  const nuls = utf16ByNuls(sample);
  if (nuls === 'binary') return failure('notText');
  if (nuls) return nuls;
  const utf8 = scanUtf8(body);
  if (utf8.invalid === 0) return 'utf-8';
  // As many good UTF-8 characters as bad bytes is a damaged UTF-8 file, not another encoding: in
  // legacy text (GBK, Big5, Windows-1252) byte pairs that happen to be valid UTF-8 are far rarer.
  if (utf8.valid >= utf8.invalid) return failure('badUtf8', { line: lineAt(body, utf8.firstBad) });
  for (const match of chardet.analyse(sample)) {
    const encoding = fromDetector(match.name);
    if (encoding && !encoding.startsWith('utf-16')) return encoding;
  }
  return 'windows-1252';
}

/** Windows-1252 has five unassigned bytes; TextDecoder turns them into C1 controls rather than failing. */
const C1_CONTROL = /[\u0081\u008d\u008f\u0090\u009d]/;

/** Decodes the file's bytes; `encoding` forces one (the user's choice) instead of guessing. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): Decoded {
  const found = bom(bytes);
  const mark = found && (encoding === undefined || encoding === found.encoding) ? found : null;
  const body = mark ? bytes.subarray(mark.length) : bytes;
  const chosen = encoding ?? mark?.encoding ?? guess(body);
  if (typeof chosen !== 'string') return chosen;
  let text: string;
  try {
    text = new TextDecoder(chosen, { fatal: true }).decode(body);
  } catch {
    return failure('badBytes', { encoding: chosen, line: firstBadLine(body, chosen) });
  }
  if (chosen === 'windows-1252') {
    const at = text.search(C1_CONTROL);
    if (at >= 0) return failure('badBytes', { encoding: chosen, line: text.slice(0, at).split('\n').length });
  }
  return { ok: true, text, encoding: chosen, guessed: encoding === undefined && mark === null };
}
