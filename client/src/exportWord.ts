// "导出为 Word" (Export to Word): the server builds the .docx of the report in the official layout
// (nianbao/exportDocx); the user chooses where to save it, by default next to the report with the same name.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_DOCX_METHOD, type ExportDocxParams, type ExportDocxResult } from '../../server/src/lsp/exportProtocol';
import { LANGUAGE_ID } from './autoDetect';

export const EXPORT_TO_WORD_COMMAND = 'nianbao.exportToWord';

/** The report's folder and name with .docx; for an unsaved report, the first workspace folder. */
export function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  if (document.uri.scheme === 'file') return document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, '.docx') });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${vscode.l10n.t('report')}.docx`) : undefined;
}

async function exportToWord(client: LanguageClient, log: vscode.LogOutputChannel, arg?: unknown): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an annual report to export it to Word.'));
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(document), filters: { [vscode.l10n.t('Word document')]: ['docx'] }, saveLabel: vscode.l10n.t('Export') });
  if (!target) return undefined;
  const params: ExportDocxParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
  let result: ExportDocxResult;
  try {
    result = await client.sendRequest<ExportDocxResult>(EXPORT_DOCX_METHOD, params);
  } catch (err) {
    log.error(`${EXPORT_DOCX_METHOD}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    result = { error: vscode.l10n.t('The export failed; see the output panel.') };
  }
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported to Word: {0}', vscode.workspace.asRelativePath(target)));
  return target;
}

export function registerExportToWord(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_TO_WORD_COMMAND, (arg?: unknown) => exportToWord(client, log, arg));
}
