import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError } from '../../src/ingest/decode.js';

const french = 'Les armées russe et syrienne ont appelé les États-Unis à retirer leurs troupes « de la Syrie ».';

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french, 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: french, encoding: 'utf-8' });
  });

  it('reads Windows-1252 (French sites, Word exports) when the bytes are not UTF-8', () => {
    // û is Latin-1; €, “ ” — œ exist only in Windows-1252 (0x80–0x9f).
    const cp1252 = new Uint8Array([...Buffer.from(french, 'latin1'), ...Buffer.from(' Co', 'latin1'), 0xfb, 0x74, 0x20, 0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x97, 0x20, 0x9c]);
    const decoded = decodeBytes(cp1252);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(`${french} Coût € “ok” — œ`);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french, 'utf16le')]);
    expect(decodeBytes(bytes)).toEqual({ text: french, encoding: 'utf-16le' });
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
    expect(() => decodeBytes(png)).toThrow(/binary/);
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252', () => {
    expect(() => decodeBytes(new Uint8Array([0x41, 0x42, 0x81, 0x43]))).toThrow(/undecodable/);
  });
});
