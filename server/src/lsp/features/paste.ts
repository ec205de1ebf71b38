// Paste from Word, WPS or a web page: the client sends the clipboard's HTML, the server answers with pipe tables.
// The HTML importer (and parse5) is loaded on the first paste, not at start-up.
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { HTML_TO_PIPE_TABLES_METHOD, type HtmlToPipeTablesParams, type HtmlToPipeTablesResult } from '../pasteProtocol';
import type { Feature } from './feature';

/** Clipboard HTML larger than this is not converted (a paste of a whole long document with images inlined). */
const MAX_PASTE_HTML = 8 * 1024 * 1024;

export const pasteFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    session.connection.onRequest(HTML_TO_PIPE_TABLES_METHOD, async (params: HtmlToPipeTablesParams | null): Promise<HtmlToPipeTablesResult> => {
      if (typeof params?.html !== 'string') {
        throw new ResponseError(ErrorCodes.InvalidParams, `参数无效 / invalid params (${HTML_TO_PIPE_TABLES_METHOD}): html 应为字符串 / html must be a string`);
      }
      if (params.html.length > MAX_PASTE_HTML) return { text: null };
      const { htmlClipboardToPipeTables } = await import('../../import/html');
      try {
        return { text: htmlClipboardToPipeTables(params.html) ?? null };
      } catch {
        // A table too large to convert (ImportError): the plain paste stays.
        return { text: null };
      }
    });
  },
};
