// `nianbao/exportDocx`: builds the Word file of an open report from its current text, with the era and
// kind the settings and .nianbao.json give. The docx library is loaded by the first export, not at start-up.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localize } from '../../core';
import { exportDocx } from '../../export/docx';
import { EXPORT_DOCX_METHOD, type ExportDocxParams, type ExportDocxResult } from '../exportProtocol';
import type { Feature } from './feature';

const NOT_OPEN = { zh: '无法导出：语言服务器中没有打开这个文档。', en: 'Cannot export: the document is not open in the language server.' };
const FAILED = { zh: '导出失败（原因记录在服务器日志中）。', en: 'The export failed (the server log says why).' };

function fileNameOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.basename(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export const exportDocxFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    session.connection.onRequest(EXPORT_DOCX_METHOD, async (params: ExportDocxParams | null): Promise<ExportDocxResult> => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      const failed: ExportDocxResult = { error: localize(FAILED, session.lang) };
      return session.withDocument(uri, `导出 Word 失败 / exporting to Word failed for ${uri}`, { error: localize(NOT_OPEN, session.lang) }, async (document) => {
        const config = await session.configOf(uri);
        const bytes = await exportDocx(document.getText(), { era: config.era, kind: config.kind, fileName: fileNameOf(uri) });
        return bytes.length > 0 ? { base64: Buffer.from(bytes).toString('base64') } : failed;
      });
    });
  },
};
