// "Open Preview": the report as it will be published, in a webview beside its editor. The server renders the
// HTML (nianbao/preview); this file only moves it into the page (debounced, without a reload), keeps the
// scroll of editor and preview together and reveals in the editor what is clicked in the preview.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_METHOD, type PreviewParams, type PreviewResult } from '../../server/src/lsp/previewProtocol';
import { LANGUAGE_ID } from './autoDetect';
import { previewPage } from './previewPage';

export const OPEN_PREVIEW_COMMAND = 'nianbao.openPreview';
export const PREVIEW_VIEW_TYPE = 'nianbao.preview';
/** After the last keystroke: long enough to render once per burst of typing, short enough to feel live. */
const UPDATE_DELAY_MS = 300;
/** A scroll caused by the other side is not echoed back for this long. */
const ECHO_MS = 300;

type FromPage =
  | { type: 'ready' }
  | { type: 'rendered'; version: number }
  | { type: 'revealLine'; line: number }
  | { type: 'reveal'; start?: number; end?: number; line?: number };

/** One preview panel, showing one document. */
class Preview implements vscode.Disposable {
  /** The version the page shows (for the tests: what the webview itself reported). */
  renderedVersion = -1;
  private sentVersion = -1;
  private timer: NodeJS.Timeout | undefined;
  private editorScrollQuietUntil = 0;
  private pageScrollQuietUntil = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly renderedListeners: Array<() => void> = [];

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    panel.webview.html = previewPage({ nonce: randomBytes(16).toString('hex'), waiting: vscode.l10n.t('Rendering the preview…') });
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((m: FromPage) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri && e.contentChanges.length) this.schedule();
      }),
      // Findings depend on settings and .nianbao.json too: a re-check may change the marks.
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.document.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScroll(e)),
    );
  }

  get uri(): string {
    return this.document.uri.toString();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** Asks the server for the current version's HTML and sends it to the page. */
  async update(force = false): Promise<void> {
    clearTimeout(this.timer);
    if (this.client.state !== State.Running) return;
    const params: PreviewParams = { uri: this.client.code2ProtocolConverter.asUri(this.document.uri) };
    let result: PreviewResult | null;
    try {
      result = await this.client.sendRequest<PreviewResult | null>(PREVIEW_METHOD, params);
    } catch (err) {
      // The document changed meanwhile: the change schedules a new update.
      if (err instanceof Error && /content modified|cancel/i.test(err.message)) return;
      this.log.error(`${vscode.l10n.t('The preview request failed for {0}', this.uri)}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return;
    }
    if (!result || (!force && result.version <= this.sentVersion && result.version !== this.document.version)) return;
    this.sentVersion = result.version;
    void this.panel.webview.postMessage({ type: 'update', html: result.html, version: result.version });
  }

  private onMessage(m: FromPage): void {
    switch (m.type) {
      case 'ready':
        void this.update(true).then(() => this.syncFromEditor());
        break;
      case 'rendered':
        this.renderedVersion = m.version;
        for (const l of this.renderedListeners.splice(0)) l();
        break;
      case 'revealLine':
        if (Date.now() < this.pageScrollQuietUntil) return;
        this.revealLine(m.line);
        break;
      case 'reveal':
        void this.reveal(m);
        break;
    }
  }

  /** Resolves when the page reports a render (for the tests). */
  nextRender(): Promise<void> {
    return new Promise((resolve) => this.renderedListeners.push(resolve));
  }

  private editors(): readonly vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === this.uri);
  }

  private onEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (e.textEditor.document.uri.toString() !== this.uri || !e.visibleRanges.length) return;
    if (Date.now() < this.editorScrollQuietUntil) return;
    this.pageScrollQuietUntil = Date.now() + ECHO_MS;
    void this.panel.webview.postMessage({ type: 'scrollToLine', line: e.visibleRanges[0].start.line });
  }

  private syncFromEditor(): void {
    const editor = this.editors()[0];
    if (editor?.visibleRanges.length) void this.panel.webview.postMessage({ type: 'scrollToLine', line: editor.visibleRanges[0].start.line });
  }

  /** The preview was scrolled: the editor shows the same line at its top. */
  private revealLine(line: number): void {
    const editor = this.editors()[0];
    if (!editor || !Number.isFinite(line)) return;
    this.editorScrollQuietUntil = Date.now() + ECHO_MS;
    const l = Math.max(0, Math.min(this.document.lineCount - 1, Math.floor(line)));
    editor.revealRange(new vscode.Range(l, 0, l, 0), vscode.TextEditorRevealType.AtTop);
  }

  /** A finding, a mark or a block was clicked: its range (or line) selected in the editor. */
  private async reveal(m: { start?: number; end?: number; line?: number }): Promise<void> {
    let range: vscode.Range;
    if (Number.isInteger(m.start) && Number.isInteger(m.end)) range = new vscode.Range(this.document.positionAt(m.start!), this.document.positionAt(m.end!));
    else if (Number.isInteger(m.line)) range = new vscode.Range(m.line!, 0, m.line!, 0);
    else return;
    const column = this.editors()[0]?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions = [
      vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: unknown) => this.open(uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.previews.get(d.uri.toString())?.panel.dispose()),
    ];
  }

  /** For the extension-host tests: the preview of a document, if open. */
  previewOf(uri: vscode.Uri): { panel: vscode.WebviewPanel; renderedVersion: number; nextRender(): Promise<void> } | undefined {
    return this.previews.get(uri.toString());
  }

  /** Opens (or shows) the preview of `uri` (from the editor title) or of the active editor's report, beside it. */
  async open(uri?: unknown): Promise<vscode.WebviewPanel | undefined> {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    const document = target && vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
    if (!document || document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an annual report (language nianbao) to preview it.'));
      return undefined;
    }
    const existing = this.previews.get(document.uri.toString());
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing.panel;
    }
    const name = document.uri.path.split('/').pop() || document.uri.toString();
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Preview {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    const preview = new Preview(document, panel, this.client, this.log);
    this.previews.set(preview.uri, preview);
    panel.onDidDispose(() => {
      preview.dispose();
      if (this.previews.get(preview.uri) === preview) this.previews.delete(preview.uri);
    });
    return panel;
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
