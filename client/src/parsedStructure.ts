// "Show what the parser understood": the server's description of a report in a read-only virtual
// document beside the editor (scheme nianbao-parsed, the source URI in the query), kept current as the
// report is re-checked.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './autoDetect';
import type { DocumentInfoSource } from './documentInfo';
import { SHOW_PARSED_STRUCTURE_COMMAND } from './statusBar';

export const PARSED_SCHEME = 'nianbao-parsed';

function parsedUri(source: vscode.Uri): vscode.Uri {
  const base = source.path.split('/').pop() || source.toString();
  return vscode.Uri.from({ scheme: PARSED_SCHEME, path: `/${vscode.l10n.t('{0} (parsed)', base)}`, query: source.toString() });
}

function sourceOf(parsed: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(parsed.query, true);
}

class ParsedStructureProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly info: DocumentInfoSource) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = sourceOf(uri);
    const info = await this.info.get(source);
    if (!info) return vscode.l10n.t('No answer from the nianbao language server; see the output panel.') + '\n';
    return `== ${vscode.workspace.asRelativePath(source)}\n${info.description}\n`;
  }

  /** Re-reads the open views whose report was re-checked. */
  refresh(sources: readonly vscode.Uri[]): void {
    const changed = new Set(sources.map((u) => u.toString()));
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.scheme === PARSED_SCHEME && changed.has(sourceOf(d.uri).toString())) this.changed.fire(d.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens the view for `uri` (from a menu) or the active editor's report; returns the view's document. */
async function showParsedStructure(uri?: unknown): Promise<vscode.TextDocument | undefined> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  const document = target && vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an annual report (language nianbao) to see what the parser understood.'));
    return undefined;
  }
  const view = await vscode.workspace.openTextDocument(parsedUri(document.uri));
  await vscode.window.showTextDocument(view, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return view;
}

export function registerParsedStructure(info: DocumentInfoSource): vscode.Disposable {
  const provider = new ParsedStructureProvider(info);
  return vscode.Disposable.from(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(PARSED_SCHEME, provider),
    vscode.languages.onDidChangeDiagnostics((e) => provider.refresh(e.uris)),
    vscode.commands.registerCommand(SHOW_PARSED_STRUCTURE_COMMAND, async (uri?: unknown) => {
      try {
        return await showParsedStructure(uri);
      } catch (err) {
        info.logError(vscode.l10n.t('Showing the parsed structure failed'), err);
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not show the parsed structure; see the output panel.'));
        return undefined;
      }
    }),
  );
}
