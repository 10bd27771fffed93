/** The default limit on one input's size: 10 MB of text is far beyond any real article. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export class DecodeError extends Error {}

const SNIFF_LENGTH = 8192;

/**
 * Control characters other than tab, newline, carriage return and form feed. A real text file has
 * none; a binary file has many within its first kilobytes.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_LENGTH);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > sample.length * 0.01;
}

/**
 * Windows-1252 bytes 0x80–0x9f (the rest is Latin-1). Written out because Node 20's TextDecoder
 * treats the "windows-1252" label as plain Latin-1. `undefined` marks the five unassigned bytes.
 */
const CP1252_HIGH: ReadonlyArray<string | undefined> = [
  '€', undefined, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', undefined, 'Ž', undefined,
  undefined, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', undefined, 'ž', 'Ÿ',
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte < 0x80 || byte > 0x9f) {
      text += String.fromCharCode(byte);
      continue;
    }
    const char = CP1252_HIGH[byte - 0x80];
    if (char === undefined) throw new DecodeError(`undecodable bytes: neither UTF-8 nor Windows-1252 (byte 0x${byte.toString(16)} at offset ${index})`);
    text += char;
  }
  return text;
}

/**
 * Decodes the bytes of an input. UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised;
 * bytes that are not valid UTF-8 are read as Windows-1252, the superset of Latin-1 that French
 * sites and Word exports use. Binary data and undecodable bytes are refused.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new DecodeError('binary content, not text');
  const withoutBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(withoutBom), encoding: 'windows-1252' };
  }
}
