// Switches plain-text and Markdown documents that read as annual reports to the nianbao language.
import * as vscode from 'vscode';
import { DETECTION_LINE_COUNT, looksLikeReport } from '../../server/src/core/detect';

export const LANGUAGE_ID = 'nianbao';

const DETECTABLE_LANGUAGES = new Set(['plaintext', 'markdown']);
const DETECTABLE_SCHEMES = new Set(['file', 'untitled']);
const UNTITLED_RECHECK_DELAY_MS = 500;

export function registerReportDetection(log: vscode.LogOutputChannel): vscode.Disposable {
  // Detection runs on every open, so a report that was closed (a preview tab replaced) comes back as a
  // report. Only a language the user chose by hand is remembered, for the session, and wins over detection.
  const chosenByHand = new Map<string, string>();
  const switching = new Set<string>(); // documents we asked VS Code to switch, until the switch arrives
  let justClosed: { key: string; languageId: string } | undefined; // the extension host reports a language change as close + open
  const pendingUntitled = new Map<string, NodeJS.Timeout>();

  const check = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (!isCandidate(document) || switching.has(key)) return;
    const byHand = chosenByHand.get(key);
    if (byHand !== undefined && byHand !== LANGUAGE_ID) return;
    if (byHand === undefined && !looksLikeReport(openingText(document), fileNameOf(document))) return;
    switching.add(key);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(
      () => log.info(vscode.l10n.t('Recognized an annual report on open government information: {0}', key)),
      (err: unknown) => {
        switching.delete(key);
        log.error(vscode.l10n.t('Could not switch {0} to the annual report language: {1}', key, String(err)));
      },
    );
  };

  const opened = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    const languageChange = justClosed?.key === key && justClosed.languageId !== document.languageId;
    justClosed = undefined;
    if (languageChange) {
      // A switch we asked for, or one the user made (by the language picker or our command): remember the latter.
      if (switching.delete(key) && document.languageId === LANGUAGE_ID) return;
      chosenByHand.set(key, document.languageId);
      return;
    }
    check(document);
  };

  const closed = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    justClosed = { key, languageId: document.languageId };
    // A close not followed at once by the same document's open is a real close: forget all but the hand choice.
    queueMicrotask(() => {
      if (justClosed?.key !== key) return;
      justClosed = undefined;
      switching.delete(key);
    });
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
    vscode.workspace.onDidOpenTextDocument(opened),
    vscode.workspace.onDidCloseTextDocument(closed),
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
