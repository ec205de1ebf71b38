// "由上年报告生成本年度报告": asks the language server for next year's draft of the report in the editor
// (the server command of lsp/nextYearProtocol.ts) and opens it as an unsaved report beside it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { NEXT_YEAR_COMMAND, type NextYearResult } from '../../server/src/lsp/nextYearProtocol';
import { LANGUAGE_ID } from './autoDetect';

export const GENERATE_NEXT_YEAR_COMMAND = 'nianbao.generateNextYear';

async function generate(client: LanguageClient, log: vscode.LogOutputChannel, uri?: unknown): Promise<vscode.TextDocument | undefined> {
  const source = uri instanceof vscode.Uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
    : vscode.window.activeTextEditor?.document;
  if (!source || source.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open last year\'s annual report (language nianbao) to generate this year\'s from it.'));
    return undefined;
  }
  let draft: NextYearResult | null;
  try {
    draft = await client.sendRequest(ExecuteCommandRequest.type, { command: NEXT_YEAR_COMMAND, arguments: [source.uri.toString()] }) as NextYearResult | null;
  } catch (err) {
    log.error(vscode.l10n.t('Generating this year\'s report failed: {0}', String(err)));
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not generate this year\'s report; see the output panel.'));
    return undefined;
  }
  if (!draft) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The report\'s year is not known, so no draft of the next year\'s report was made.'));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: draft.text });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  const notes = draft.notes.length ? ` ${draft.notes.join(' ')}` : '';
  void vscode.window.showInformationMessage(vscode.l10n.t('Draft of the {0} report: fill in every ×× and 【请填写…】 marker.{1}', String(draft.year), notes));
  return doc;
}

export function registerNextYear(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(GENERATE_NEXT_YEAR_COMMAND, (uri?: unknown) => generate(client, log, uri));
}
