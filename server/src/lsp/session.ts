// What every LSP feature shares: the connection, the open documents, their configuration and one parse
// (and one set of findings) per document version.
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type ClientCapabilities, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectFindings, mergeConfigs, type Finding, type Language, type NianbaoConfig, type ReportDocument } from '../core';
import { clearConfigCache, configFor, type FoundConfig } from '../node/configFile';
import { DocumentCache } from './documentCache';
import { isConnectionLost } from './lifecycle';
import { settingsToConfig, type NianbaoSettings } from './settings';

export interface Checked {
  doc: ReportDocument;
  config: NianbaoConfig;
  findings: Finding[];
}

export class Session {
  lang: Language = 'zh';
  canPullConfiguration = false;
  clientCapabilities: ClientCapabilities = {};
  private readonly cache = new DocumentCache();
  private readonly configByUri = new Map<string, { found?: FoundConfig; merged: Promise<NianbaoConfig> }>();
  /** The client reports changes to `.nianbao.json` (a watcher is registered): no need to look at the file on each check. */
  configWatched = false;
  /** Configuration files with problems published as diagnostics on them, by URI. */
  private readonly configDiagnostics = new Map<string, string>();
  private readonly findingsCache = new Map<string, { doc: ReportDocument; config: NianbaoConfig; findings: Finding[] }>();
  /** Configuration problems already shown, so that each is said once, not on every keystroke. */
  private readonly toldConfigProblems = new Set<string>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    /** Called when the client can no longer be reached. */
    private readonly onConnectionLost: () => void = () => {},
  ) {}

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

  /** The parse of this document version (cached), with its configuration. */
  async parsed(document: TextDocument): Promise<{ doc: ReportDocument; config: NianbaoConfig }> {
    const config = await this.configOf(document.uri);
    const options = { era: config.era, kind: config.kind, fileName: fileNameOf(document.uri) };
    const doc = this.cache.get(document, options);
    return { doc, config };
  }

  /** The parse and the findings of this document version, both computed once. */
  async checked(document: TextDocument): Promise<Checked> {
    const { doc, config } = await this.parsed(document);
    const hit = this.findingsCache.get(document.uri);
    if (hit && hit.doc === doc && hit.config === config) return hit;
    const entry = { doc, config, findings: collectFindings(doc, config) };
    this.findingsCache.set(document.uri, entry);
    return entry;
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
    this.configByUri.delete(uri);
    this.findingsCache.delete(uri);
  }

  /** Settings or a .nianbao.json changed: everything is computed afresh. */
  forgetAll(): void {
    this.configByUri.clear();
    this.toldConfigProblems.clear();
    clearConfigCache();
    this.cache.clear();
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
