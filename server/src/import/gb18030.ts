// The one place iconv-lite is loaded (about 400 KB with its code tables): only for a file that is not
// UTF-8 or UTF-16, through a dynamic import, so that it is never read at start-up.
import iconv from 'iconv-lite';

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** GB18030 (a superset of GBK and GB2312); bytes that are not GB18030 become U+FFFD. */
export function decodeGb(bytes: Uint8Array): string {
  return iconv.decode(asBuffer(bytes), 'gb18030', { stripBOM: false });
}

/** Bytes in a legacy charset a web page declares (gb2312, big5, windows-1252…); undefined when the label is unknown. */
export function decodeCharset(bytes: Uint8Array, label: string): string | undefined {
  if (!iconv.encodingExists(label)) return undefined;
  return iconv.decode(asBuffer(bytes), label);
}
