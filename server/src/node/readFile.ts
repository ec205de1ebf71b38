// Reads a file from disk without blocking on it or exhausting memory: only regular files are read (a FIFO
// would block the read forever, /dev/zero never ends), and at most a given number of bytes.
import * as fs from 'node:fs';

const CHUNK_BYTES = 1024 * 1024;
/** After a read that stopped short of its buffer: enough to tell the end of the file. */
const END_PROBE_BYTES = 64;

/** A file that was not read, with a message for the user (Chinese / English). */
export class UnreadableFile extends Error {}

export interface BoundedRead {
  bytes: Buffer;
  /** The file holds more than was read. */
  truncated: boolean;
}

/** What a file that is not a regular file is, as the user is told; undefined for a regular file. */
function irregularKind(st: fs.Stats): { zh: string; en: string } | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return { zh: '文件夹', en: 'a folder' };
  if (st.isFIFO()) return { zh: '命名管道', en: 'a FIFO' };
  if (st.isSocket()) return { zh: '套接字', en: 'a socket' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { zh: '设备', en: 'a device' };
  return { zh: '类型未知', en: 'of unknown type' };
}

function refuseIrregular(st: fs.Stats): void {
  const kind = irregularKind(st);
  if (kind) throw new UnreadableFile(`不是普通文件（${kind.zh}），未读取 / not a regular file (${kind.en}); not read`);
}

/** A file-system error as the user is told (Chinese / English). */
export function fsErrorMessage(err: unknown): string {
  const { code, message } = err as NodeJS.ErrnoException;
  if (code === 'ENOENT') return '文件不存在 / no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return `没有读取权限 / permission denied (${code})`;
  if (code === 'ELOOP') return '符号链接循环 / symbolic link loop (ELOOP)';
  return `无法读取 / cannot read (${code ?? message})`;
}

const unreadable = (err: unknown) => (err instanceof UnreadableFile ? err : new UnreadableFile(fsErrorMessage(err)));

/**
 * The first `maxBytes` bytes of a regular file. Throws UnreadableFile for anything else. The kind is
 * checked before opening (a socket cannot be opened) and again on the open descriptor, opened
 * non-blocking, so that a file swapped for a FIFO in between cannot block the read either.
 */
export function readRegularFile(file: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    refuseIrregular(fs.statSync(file));
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw unreadable(err);
  }
  try {
    const st = fs.fstatSync(fd);
    refuseIrregular(st);
    // One byte more than allowed tells whether the file goes on. The first read takes the file as its size
    // says, and after a read that stopped short a small one checks for the end (not a 1 MB buffer for each
    // 50 KB report); a file that grows meanwhile, or whose size says 0, is read on in chunks.
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(st.size + 1, CHUNK_BYTES);
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      want = n < chunk.length ? END_PROBE_BYTES : CHUNK_BYTES;
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return { bytes: bytes.subarray(0, Math.min(total, maxBytes)), truncated: total > maxBytes };
  } catch (err) {
    throw unreadable(err);
  } finally {
    fs.closeSync(fd);
  }
}
