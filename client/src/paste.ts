// Paste from Word, WPS or a web page into a report: when the clipboard holds HTML with a table, one paste
// option inserts it as the pipe table the checker reads (the server converts it). The plain-text paste
// stays available in the paste widget. Needs VS Code 1.97 (DocumentPasteEditProvider).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HTML_TO_PIPE_TABLES_METHOD, type HtmlToPipeTablesParams, type HtmlToPipeTablesResult } from '../../server/src/lsp/pasteProtocol';
import { LANGUAGE_ID } from './autoDetect';

const KIND = vscode.DocumentDropOrPasteEditKind.Text.append('nianbao', 'pipeTable');

export function registerTablePaste(client: LanguageClient): vscode.Disposable {
  const provider: vscode.DocumentPasteEditProvider = {
    async provideDocumentPasteEdits(_document, _ranges, dataTransfer, _context, token) {
      const html = await dataTransfer.get('text/html')?.asString();
      if (!html || token.isCancellationRequested || !client.isRunning()) return undefined;
      const params: HtmlToPipeTablesParams = { html };
      const result = await client.sendRequest<HtmlToPipeTablesResult>(HTML_TO_PIPE_TABLES_METHOD, params, token);
      if (!result.text || token.isCancellationRequested) return undefined;
      return [new vscode.DocumentPasteEdit(result.text, vscode.l10n.t('Paste as report table (pipe table)'), KIND)];
    },
  };
  return vscode.languages.registerDocumentPasteEditProvider([{ language: LANGUAGE_ID }], provider, {
    providedPasteEditKinds: [KIND],
    pasteMimeTypes: ['text/html'],
  });
}
