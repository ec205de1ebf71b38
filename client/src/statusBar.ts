// The status bar item for the active annual report: its year, format and kind, and the error and warning
// counts the Problems panel shows. Hidden for other languages; a click shows what the parser understood.
import * as vscode from 'vscode';
import type { FindingCounts } from '../../server/src/lsp/documentInfoProtocol';
import { LANGUAGE_ID } from './autoDetect';
import type { DocumentInfoSource } from './documentInfo';
import { countsText, summary, tooltipText } from './reportLabels';

export const SHOW_PARSED_STRUCTURE_COMMAND = 'nianbao.showParsedStructure';

/** Counted from the diagnostics VS Code holds, so the item always agrees with the Problems panel. */
function countDiagnostics(uri: vscode.Uri): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== 'nianbao') continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
    else if (d.severity === vscode.DiagnosticSeverity.Information) counts.information++;
    else counts.hint++;
  }
  return counts;
}

export class ReportStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('nianbao.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[];
  /** Only the newest refresh may write the item: answers can arrive out of order. */
  private generation = 0;

  constructor(private readonly info: DocumentInfoSource) {
    this.item.name = vscode.l10n.t('Annual report (nianbao)');
    this.item.command = SHOW_PARSED_STRUCTURE_COMMAND;
    const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some(isActive)) this.refresh();
      }),
      // A language switch reopens the document under the same editor.
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isActive(d.uri)) this.refresh();
      }),
    ];
    this.refresh();
  }

  refresh(): void {
    void this.update().catch((err: unknown) => this.info.logError(vscode.l10n.t('Updating the status bar failed'), err));
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const info = await this.info.get(document.uri);
    if (generation !== this.generation) return;
    const counts = countDiagnostics(document.uri);
    const what = info?.reports.length ? summary(info.reports) : vscode.l10n.t('Annual report');
    this.item.text = `$(law) ${what} · ${countsText(counts)}`;
    this.item.tooltip = tooltipText(info, counts);
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
