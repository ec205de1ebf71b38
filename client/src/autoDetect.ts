// Switches plain-text and Markdown documents that read as annual reports to the nianbao language.
import * as vscode from 'vscode';
import { DETECTION_LINE_COUNT, looksLikeReport } from '../../server/src/core/detect';

export const LANGUAGE_ID = 'nianbao';

const DETECTABLE_LANGUAGES = new Set(['plaintext', 'markdown']);
const DETECTABLE_SCHEMES = new Set(['file', 'untitled']);
const UNTITLED_RECHECK_DELAY_MS = 500;

export function registerReportDetection(log: vscode.LogOutputChannel): vscode.Disposable {
  // A document is switched at most once per session, so a user who switches it back keeps their choice.
  const alreadySwitched = new Set<string>();
  const pendingUntitled = new Map<string, NodeJS.Timeout>();

  const check = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (!isCandidate(document) || alreadySwitched.has(key) || !looksLikeReport(openingText(document), fileNameOf(document))) return;
    alreadySwitched.add(key);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(
      () => log.info(vscode.l10n.t('Recognized an annual report on open government information: {0}', key)),
      (err: unknown) => log.error(vscode.l10n.t('Could not switch {0} to the annual report language: {1}', key, String(err))),
    );
  };

  // A new untitled editor is empty when opened; a report pasted into it is checked once typing pauses.
  const recheckUntitled = (event: vscode.TextDocumentChangeEvent): void => {
    const document = event.document;
    if (document.uri.scheme !== 'untitled' || !isCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(pendingUntitled.get(key));
    pendingUntitled.set(
      key,
      setTimeout(() => {
        pendingUntitled.delete(key);
        if (!document.isClosed) check(document);
      }, UNTITLED_RECHECK_DELAY_MS),
    );
  };

  const checkAllOpen = (): void => vscode.workspace.textDocuments.forEach(check);
  checkAllOpen();

  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument(recheckUntitled),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('nianbao.detectReports')) checkAllOpen();
    }),
    { dispose: () => pendingUntitled.forEach((timer) => clearTimeout(timer)) },
  );
}

/** Switches the active editor's document to nianbao, whatever its content. */
export async function switchActiveEditorToReportMode(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no active editor.'));
    return;
  }
  if (document.languageId !== LANGUAGE_ID) {
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
}

function isCandidate(document: vscode.TextDocument): boolean {
  return (
    DETECTABLE_LANGUAGES.has(document.languageId) &&
    DETECTABLE_SCHEMES.has(document.uri.scheme) &&
    vscode.workspace.getConfiguration('nianbao', document.uri).get<boolean>('detectReports', true)
  );
}

/** The file's name, for a report whose name is only in it ("……2016年政府信息公开工作年度报告.txt"). */
function fileNameOf(document: vscode.TextDocument): string | undefined {
  return document.uri.scheme === 'file' ? document.uri.path.split('/').pop() : undefined;
}

function openingText(document: vscode.TextDocument): string {
  const lastLine = Math.min(document.lineCount, DETECTION_LINE_COUNT);
  return document.getText(new vscode.Range(0, 0, lastLine, 0));
}
