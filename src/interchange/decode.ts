// Bytes to text for every import format alike: strict UTF-8 (an invalid byte is a located error,
// never a U+FFFD written into the data) and one UTF-8 byte-order mark dropped, whatever the format.
import { readFileSync, statSync } from 'node:fs';
import type { ValidationIssue } from '../model/errors';

/** The text of an import file, or the located reason it is not UTF-8 text. */
export type Decoded = { text: string } | { issue: ValidationIssue };

/** Larger inputs are refused before they are read: the import holds the whole file in memory. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The byte offset of the first invalid UTF-8 sequence (only called once strict decoding failed). */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  // The lenient decoding replaces each invalid sequence by U+FFFD; the first replacement whose bytes in
  // the input are not a literal EF BF BD marks the spot. Everything before it decoded exactly.
  const text = lenient.decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += encoder.encode(text.slice(from, at)).length;
    from = at + 1;
    const literal = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!literal) return offset;
    offset += 3;
  }
  return Math.max(0, offset + encoder.encode(text.slice(from)).length - 1);
}

/** Strict UTF-8 decoding with the BOM dropped; `file` names the input in the issue. */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      issue: { file, record: 'byte 0', field: '-', message: 'UTF-16 text: save the file as UTF-8' },
    };
  try {
    return { text: strict.decode(body) };
  } catch {
    const offset = invalidUtf8Offset(body) + (bom ? 3 : 0);
    return {
      issue: {
        file,
        record: `byte ${offset}`,
        field: '-',
        message: `not valid UTF-8 at byte offset ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`,
      },
    };
  }
}

/** Reads and decodes a file; size and read errors become issues too. */
export function readUtf8(path: string, file: string): Decoded {
  try {
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES)
      return {
        issue: { file, record: '-', field: '-', message: `larger than ${MAX_IMPORT_BYTES} bytes` },
      };
    return decodeUtf8(readFileSync(path), file);
  } catch (error) {
    return {
      issue: {
        file,
        record: '-',
        field: '-',
        message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      },
    };
  }
}
