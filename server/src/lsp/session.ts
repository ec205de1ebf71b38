// What every LSP feature shares: the connection, the open documents, their configuration and one parse
// (and one set of findings) per document version.
import {
  DiagnosticSeverity, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification,
  type CancellationToken, type ClientCapabilities, type Connection, type Diagnostic, type DidChangeWatchedFilesParams, type ExecuteCommandParams, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectFindings, mergeConfigs, type Finding, type Language, type NianbaoConfig, type ParseOptions, type ReportDocument } from '../core';
import type { AnalysisRequest, AnswerContext } from './analysis';
import { clearConfigCache, configFor, type FoundConfig } from '../node/configFile';
import { DocumentCache } from './documentCache';
import { isConnectionLost } from './lifecycle';
import { settingsToConfig, type NianbaoSettings } from './settings';
import { requestCancelled, WorkerPool } from './workerPool';

/**
 * Documents from this length (UTF-16 units, about 300 KB of Chinese text) are analysed in a worker: a parse and
 * check of one takes more than ~100 ms, during which the server's thread could answer nothing else.
 */
export const WORKER_MIN_LENGTH = Number(process.env.NIANBAO_WORKER_MIN_LENGTH) || 100_000; // the variable is for tests
/** At most this many workers (one per large document, the least recently used ended first). */
const MAX_WORKERS = Math.max(2, Math.min(4, os.availableParallelism?.() ?? 2));
/** The bundle itself, started as an analysis worker (main.ts); absent when the server runs from source, then everything runs on this thread. */
const WORKER_FILE = path.join(__dirname, 'server.js');

export class Session {
  lang: Language = 'zh';
  canPullConfiguration = false;
  clientCapabilities: ClientCapabilities = {};
  private readonly cache = new DocumentCache();
  private readonly workers = fs.existsSync(WORKER_FILE)
    ? new WorkerPool(WORKER_FILE, MAX_WORKERS, (uri) => this.connection.console.log(`在分析线程中检查大文档 / checking a large document in a worker thread: ${uri}`))
    : undefined;
  private readonly configByUri = new Map<string, { found?: FoundConfig; merged: Promise<NianbaoConfig> }>();
  /** The client reports changes to `.nianbao.json` (a watcher is registered): no need to look at the file on each check. */
  configWatched = false;
  /** Configuration files with problems published as diagnostics on them, by URI. */
  private readonly configDiagnostics = new Map<string, string>();
  private readonly findingsCache = new Map<string, { doc: ReportDocument; config: NianbaoConfig; findings: Finding[] }>();
  /** Configuration problems already shown, so that each is said once, not on every keystroke. */
  private readonly toldConfigProblems = new Set<string>();
  /** Diagnostics added to an open document's own: the set-level findings the workspace index has for the file. */
  extraDiagnostics: (uri: string) => Diagnostic[] = () => [];
  /** What is published for a document when it closes: the workspace index's findings of the file on disk. */
  closedDiagnostics: (uri: string) => Diagnostic[] = () => [];
  /** Checks an open document again (set by the diagnostics feature). */
  recheck: (uri: string) => void = () => {};
  private readonly watchedFilesListeners: Array<(params: DidChangeWatchedFilesParams) => void> = [];
  private readonly configurationListeners: Array<() => void> = [];
  private readonly initializedListeners: Array<() => void> = [];
  /** Handlers of workspace/executeCommand by command id; features add theirs, server.ts dispatches. */
  readonly commands = new Map<string, (params: ExecuteCommandParams, token: CancellationToken) => unknown>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    /** Called when the client can no longer be reached. */
    private readonly onConnectionLost: () => void = () => {},
  ) {}

  /** `workspace/didChangeWatchedFiles` for several features (the connection takes one handler). */
  onWatchedFilesChanged(listener: (params: DidChangeWatchedFilesParams) => void): void {
    if (!this.watchedFilesListeners.length) this.connection.onDidChangeWatchedFiles((p) => this.watchedFilesListeners.forEach((l) => l(p)));
    this.watchedFilesListeners.push(listener);
  }

  /** `initialized` for several features (the connection takes one handler). */
  onInitialized(listener: () => void): void {
    if (!this.initializedListeners.length) this.connection.onInitialized(() => this.initializedListeners.forEach((l) => l()));
    this.initializedListeners.push(listener);
  }

  /** `workspace/didChangeConfiguration` for several features. */
  onConfigurationChanged(listener: () => void): void {
    if (!this.configurationListeners.length) this.connection.onDidChangeConfiguration(() => this.configurationListeners.forEach((l) => l()));
    this.configurationListeners.push(listener);
  }

  /** The nearest .nianbao.json (for files on disk), overridden by the VS Code settings. */
  configOf(uri: string): Promise<NianbaoConfig> {
    let found: FoundConfig | undefined;
    if (uri.startsWith('file:')) {
      try {
        // Without a watcher, a file that changed since it was read is read again (configFor stats it).
        found = configFor(fileURLToPath(uri), { revalidate: !this.configWatched });
      } catch (err) {
        this.reportError('读取 .nianbao.json 失败 / reading .nianbao.json failed', err);
      }
    }
    const cached = this.configByUri.get(uri);
    if (cached && cached.found === found) return cached.merged;
    if (found?.file) {
      this.publishConfigProblems(found.file, found.problems);
      if (found.problems.length) this.tellConfigProblems(found.file, found.problems, uri);
    }
    const fileConfig: NianbaoConfig = found?.config ?? {};
    const settings = this.canPullConfiguration
      ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' }).then(
          (s: NianbaoSettings | null) => settingsToConfig(s),
          (err): NianbaoConfig => {
            // Checked with the file configuration alone; said in the log rather than silently.
            this.reportError('读取 nianbao 设置失败，按 .nianbao.json 和默认值检查 / reading the nianbao settings failed; checking with .nianbao.json and defaults', err);
            return {};
          },
        )
      : Promise.resolve<NianbaoConfig>({});
    const merged = settings.then((s) => mergeConfigs(fileConfig, s));
    this.configByUri.set(uri, { found, merged });
    return merged;
  }

  /**
   * Answers a request on the current version of `document` from its one parse and one set of findings: on this
   * thread for a small document, in the document's worker for a large one. A cancelled `token` ends it with
   * RequestCancelled.
   */
  async answer<P, R>(document: TextDocument, request: AnalysisRequest<P, R>, params: P, token?: CancellationToken): Promise<R> {
    if (token?.isCancellationRequested) throw requestCancelled();
    const config = await this.configOf(document.uri);
    if (token?.isCancellationRequested) throw requestCancelled();
    const ctx: AnswerContext = {
      uri: document.uri,
      version: document.version,
      lang: this.lang,
      documentChanges: !!this.clientCapabilities.workspace?.workspaceEdit?.documentChanges,
    };
    const options: ParseOptions = { era: config.era, kind: config.kind, fileName: fileNameOf(document.uri) };
    if (this.inWorker(document)) {
      return (await this.workers!.run(document, options, config, request.kind, params, ctx, token)) as R;
    }
    this.workers?.forget(document.uri); // it was large, and is no longer
    const doc = this.cache.get(document, options);
    return request.answer({ doc, config, findings: () => this.findingsOf(document.uri, doc, config) }, params, ctx);
  }

  /** Whether `document` is analysed in a worker (it is large), not on this thread. */
  inWorker(document: TextDocument): boolean {
    return !!this.workers && document.getText().length >= WORKER_MIN_LENGTH;
  }

  /** The findings of this parse, computed once. */
  private findingsOf(uri: string, doc: ReportDocument, config: NianbaoConfig): Finding[] {
    const hit = this.findingsCache.get(uri);
    if (hit && hit.doc === doc && hit.config === config) return hit.findings;
    const entry = { doc, config, findings: collectFindings(doc, config) };
    this.findingsCache.set(uri, entry);
    return entry.findings;
  }

  /** A new version of a document arrived: a worker still analysing an older one stops now. */
  superseded(document: TextDocument): void {
    this.workers?.superseded(document);
  }

  /** Whether `err` only says that the request was cancelled or its document changed meanwhile. */
  isSuperseded(err: unknown): boolean {
    return err instanceof ResponseError && (err.code === LSPErrorCodes.ContentModified || err.code === LSPErrorCodes.RequestCancelled);
  }

  /**
   * Problems of a `.nianbao.json` as diagnostics on that file (it is JSON with a schema: VS Code shows both),
   * cleared when the file is right again.
   */
  private publishConfigProblems(file: string, problems: string[]): void {
    const uri = pathToFileURL(file).href;
    const key = problems.join('\n');
    if ((this.configDiagnostics.get(uri) ?? '') === key) return;
    if (key) this.configDiagnostics.set(uri, key);
    else this.configDiagnostics.delete(uri);
    const diagnostics: Diagnostic[] = problems.map((message) => ({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: 'nianbao',
      code: 'config',
      message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics }).catch((err) => this.reportError('发布配置问题失败 / publishing configuration problems failed', err));
  }

  /** What is wrong in a `.nianbao.json`, shown to the user once (and logged): the CLI prints the same on stderr. */
  private tellConfigProblems(file: string, problems: string[], reportUri: string): void {
    const key = `${file}\n${problems.join('\n')}`;
    if (this.toldConfigProblems.has(key)) return;
    this.toldConfigProblems.add(key);
    const text = this.lang === 'en'
      ? `${file} has problems; the entries in question are ignored when checking ${reportUri}: ${problems.join(' ')}`
      : `${file} 有问题，检查 ${reportUri} 时忽略了有问题的设置：${problems.join('')}`;
    this.connection.console.warn(text);
    // A notification, not a request: there is nothing to choose, and no client has to answer.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.workers?.forget(uri);
    this.configByUri.delete(uri);
    this.findingsCache.delete(uri);
  }

  /** Settings or a .nianbao.json changed: everything is computed afresh. */
  forgetAll(): void {
    this.configByUri.clear();
    this.toldConfigProblems.clear();
    clearConfigCache();
    this.cache.clear();
    this.workers?.clear();
    this.findingsCache.clear();
  }

  /** Errors go to the client's output channel, never silently swallowed; to stderr when the client is gone. */
  reportError(what: string, err: unknown): void {
    const text = `${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`;
    if (isConnectionLost(err)) return this.onConnectionLost();
    try {
      this.connection.console.error(text);
    } catch (sendErr) {
      process.stderr.write(`${text}\n`);
      if (isConnectionLost(sendErr)) this.onConnectionLost();
    }
  }

  /** Runs a request handler on the open document; a failure is logged and answered with `fallback`. */
  async withDocument<T>(uri: string, what: string, fallback: T, run: (document: TextDocument) => Promise<T> | T): Promise<T> {
    const document = this.documents.get(uri);
    if (!document) return fallback;
    try {
      return await run(document);
    } catch (err) {
      // Cancelled, or the document changed meanwhile: the client is told so (and asks again if it still wants to).
      if (this.isSuperseded(err)) throw err;
      this.reportError(what, err);
      return fallback;
    }
  }
}

/** The file's name in a file: URI, for a report whose year or issuer only its name gives. */
function fileNameOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) || undefined;
  } catch {
    return undefined;
  }
}
