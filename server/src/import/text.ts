// Text files as Windows, WPS and web sites save them: UTF-8 (with or without a byte-order mark), UTF-16
// (with a byte-order mark, or without one, told by where the zero bytes fall), and GB18030/GBK. The bytes
// are decoded only when the result is certain to be the text that was written: bytes that fit none of these
// encodings give an ImportError naming the problem, never mojibake for the rules to find fault with.
import { ImportError, type Importer } from './types';

export interface DecodedText {
  text: string;
  /** utf-8, utf-16le, utf-16be or gb18030. */
  encoding: string;
}

export interface DecodeOptions {
  /** The bytes are the beginning of a longer file: a character cut at the end is not an error. */
  partial?: boolean;
}

const UNDECODABLE = new ImportError(
  '无法识别字符编码（不是 UTF-8、UTF-16 或 GB18030/GBK 文本），未检查',
  'unknown character encoding (not UTF-8, UTF-16 or GB18030/GBK text); not checked',
);

/** How many leading bytes the UTF-16 and GB18030 checks look at: enough for a verdict, cheap on a large file. */
const SAMPLE_BYTES = 64 * 1024;

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, partial: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial });
  } catch {
    return undefined;
  }
}

/** Tab, line feed, carriage return, space: the ASCII every report has, whose UTF-16 unit has a zero high byte. */
const isAsciiSpace = (b: number) => b === 0x09 || b === 0x0a || b === 0x0d || b === 0x20;

/**
 * UTF-16 without a byte-order mark: reports are mostly CJK, but their line breaks and spaces are ASCII, which in
 * UTF-16 is a zero byte beside the character — after it in little-endian, before it in big-endian. Only these
 * whitespace units count: a CJK character can have a zero byte too (一 is 4E 00), but none reads as
 * U+0A00 or U+2000. UTF-8 and GB18030 text never holds a zero byte.
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0 && isAsciiSpace(bytes[i])) le++;
    else if (bytes[i] === 0 && isAsciiSpace(bytes[i + 1])) be++;
  }
  if (le >= 2 && le >= 20 * be) return 'utf-16le';
  if (be >= 2 && be >= 20 * le) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, line breaks and form feed: in decoded "text" they mean the guess was wrong. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Whether bytes that are not UTF-8 read as Chinese in GB18030: nearly every two-byte character falls in the
 * GB2312 block (lead and trail byte 0xA1–0xFE: common hanzi and full-width punctuation), as in any real report,
 * while other bytes (Latin-1, Big5, binary) scatter over the whole code space.
 */
function plausibleGb(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x80) continue;
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    // A four-byte GB18030 sequence has a digit as its second byte.
    i += trail >= 0x30 && trail <= 0x39 ? 3 : 1;
  }
  return pairs > 0 && gb2312 >= pairs * 0.8;
}

/**
 * GB18030 (a superset of GBK and GB2312) with the runtime's own decoder: Node and VS Code's Electron are built
 * with full ICU, which has the WHATWG gb18030 decoder. Strict: a byte sequence that is not GB18030 gives undefined.
 */
function decodeGb18030(bytes: Uint8Array, partial: boolean): string | undefined {
  try {
    // A character cut at the end of a partial read is held back by the streaming decoder, not an error.
    return new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial });
  } catch {
    return undefined;
  }
}

/** GB18030 as a web page declares it: bytes that are not GB18030 become U+FFFD, as a browser shows them. */
export function decodeGbLenient(bytes: Uint8Array): string {
  return new TextDecoder('gb18030').decode(bytes);
}

/** Bytes in a legacy charset a web page declares (big5, windows-1252…); undefined when the label is unknown. */
export function decodeCharset(bytes: Uint8Array, label: string): string | undefined {
  let decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // RangeError: a label the Encoding Standard does not know.
    return undefined;
  }
  return decoder.decode(bytes);
}

/** The text in the bytes of a .txt/.md file, without a byte-order mark; throws ImportError when it cannot be decoded for certain. */
export async function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedText> {
  const partial = options.partial ?? false;
  const checked = (text: string | undefined, encoding: string): DecodedText => {
    if (text === undefined || CONTROL.test(text.slice(0, SAMPLE_BYTES))) throw UNDECODABLE;
    return { text, encoding };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(decodeStrict('utf-8', bytes.subarray(3), partial), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decodeStrict('utf-16le', bytes.subarray(2), partial), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decodeStrict('utf-16be', bytes.subarray(2), partial), 'utf-16be');
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return checked(decodeStrict(utf16, bytes, partial), utf16);
  const utf8 = decodeStrict('utf-8', bytes, partial);
  // Valid UTF-8 is UTF-8, zero bytes and all: the core then says the file holds binary content.
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  if (!plausibleGb(bytes)) throw UNDECODABLE;
  return checked(decodeGb18030(bytes, partial), 'gb18030');
}

export const textImporter: Importer = {
  format: 'text',
  extensions: ['.txt', '.md', '.nianbao'],
  async convert(bytes) {
    const { text, encoding } = await decodeText(bytes);
    return { format: 'text', text, encoding, notes: [], anchors: [] };
  },
};
