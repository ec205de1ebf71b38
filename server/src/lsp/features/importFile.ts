// `nianbao/import`: reads a file the client names (a regular file, bounded in size) and converts it with
// the importer for its extension. The answer carries either the text or a message for the user; the
// importers load their libraries only when a file of their format is converted.
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { importBytes, ImportError } from '../../import';
import { readRegularFile, UnreadableFile } from '../../node/readFile';
import { IMPORT_METHOD, type ImportParams, type ImportResponse } from '../importProtocol';
import type { Feature } from './feature';

/** Published reports are a few MB at most; a bigger file is refused rather than read into memory. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function failure(zh: string, en: string): ImportResponse {
  return { ok: false, error: { severity: 'error', zh, en } };
}

export async function importFile(uri: string): Promise<ImportResponse> {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return failure(`只能导入本机上的文件：${uri}`, `only local files can be imported: ${uri}`);
  }
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const read = readRegularFile(file, MAX_IMPORT_BYTES);
    if (read.truncated) return failure(`${name} 太大（超过 64 MB），未导入。`, `${name} is too large (over 64 MB); not imported.`);
    bytes = read.bytes;
  } catch (e) {
    const [zh, en] = e instanceof UnreadableFile ? e.message.split(' / ') : [String(e), String(e)];
    return failure(`无法读取 ${name}：${zh}`, `cannot read ${name}: ${en ?? zh}`);
  }
  try {
    const result = await importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    return { ok: true, text: result.text, format: result.format, notes: result.notes };
  } catch (e) {
    if (e instanceof ImportError) return failure(e.zh, e.en);
    const why = e instanceof Error ? e.message : String(e);
    return failure(`导入 ${name} 失败：${why}`, `importing ${name} failed: ${why}`);
  }
}

export const importFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    session.connection.onRequest(IMPORT_METHOD, (params: ImportParams | null) =>
      importFile(typeof params?.uri === 'string' ? params.uri : ''),
    );
  },
};
