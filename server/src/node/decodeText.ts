// UTF-8 text from the bytes of a file, as the editor shows it (without a byte-order mark), or undefined when
// the bytes are not UTF-8 (GBK, UTF-16, binary). The workspace index reads files the editor has not opened.
export function decodeUtf8(bytes: Uint8Array, partial: boolean): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom), { stream: partial });
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}
