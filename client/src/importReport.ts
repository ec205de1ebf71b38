// "导入为年报" (Import as Report): the server converts a .pdf/.docx/.html file into checkable Markdown,
// which opens beside the original as an unsaved document named after it, in report mode. Opening such a
// file offers the command once; the Explorer and the editor title have it too.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_METHOD, type ImportMessage, type ImportParams, type ImportResponse } from '../../server/src/lsp/importProtocol';
import { LANGUAGE_ID } from './autoDetect';

export const IMPORT_COMMAND = 'nianbao.importAsReport';
const IMPORTABLE = /\.(pdf|docx|html?)$/i;

function say(m: ImportMessage): string {
  return vscode.env.language.toLowerCase().startsWith('zh') ? m.zh : m.en;
}

/** The file the command is for: the Explorer selection, else the file shown in the active tab. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined;
  return input?.uri instanceof vscode.Uri ? input.uri : undefined;
}

/** Converts the file and opens the text beside it; returns the new document (for the tests). */
export async function importAsReport(client: LanguageClient | undefined, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = targetUri(arg);
  if (!uri || uri.scheme !== 'file' || !IMPORTABLE.test(uri.fsPath)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Choose a .pdf, .docx or .html file to import as a report.'));
    return undefined;
  }
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The nianbao language server failed to start; see the output panel.'));
    return undefined;
  }
  const params: ImportParams = { uri: uri.toString() };
  const answer = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', path.basename(uri.fsPath)) },
    () => client.sendRequest<ImportResponse>(IMPORT_METHOD, params),
  );
  if (!answer.ok) {
    void vscode.window.showErrorMessage(say(answer.error));
    return undefined;
  }
  // An unsaved document named after the original: 报告.pdf → 报告.md in the same folder.
  const target = vscode.Uri.file(uri.fsPath.replace(/\.[^./\\]+$/, '.md')).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(target);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), answer.text);
  await vscode.workspace.applyEdit(edit);
  const report = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  for (const note of answer.notes) void vscode.window.showWarningMessage(say(note));
  return report;
}

/** Offers the import once per file when a .pdf/.docx/.html file is opened in a tab. */
function offerOnOpen(client: () => LanguageClient | undefined): vscode.Disposable {
  const offered = new Set<string>();
  return vscode.window.tabGroups.onDidChangeTabs((e) => {
    for (const tab of e.opened) {
      const input = tab.input as { uri?: unknown } | undefined;
      const uri = input?.uri instanceof vscode.Uri ? input.uri : undefined;
      if (!uri || uri.scheme !== 'file' || !IMPORTABLE.test(uri.fsPath) || offered.has(uri.toString())) continue;
      // Web developers open .html files all day: only .pdf and .docx are offered unasked.
      if (/\.html?$/i.test(uri.fsPath)) continue;
      offered.add(uri.toString());
      const action = vscode.l10n.t('Import as Report');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('{0} can be imported as an annual report to check it.', path.basename(uri.fsPath)), action)
        .then((choice) => (choice === action ? importAsReport(client(), uri) : undefined));
    }
  });
}

export function registerImport(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(IMPORT_COMMAND, (arg: unknown) => importAsReport(client(), arg)),
    offerOnOpen(client),
  );
}
