// The language server: a thin adapter from LSP to the core. It parses each document version once,
// re-checks shortly after the writer pauses, and drops results for versions that are already stale.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFindings, mergeConfigs, type Language, type NianbaoConfig, type ReportDocument } from './core';
import { DocumentCache } from './lsp/documentCache';
import { toDiagnostic, toDocumentSymbols, toFoldingRanges } from './lsp/convert';
import { settingsToConfig, type NianbaoSettings } from './lsp/settings';
import { clearConfigCache, configFor } from './node/configFile';
import { fileURLToPath } from 'node:url';
import { ruleDocsLink } from './lsp/ruleDocs';

const RECHECK_DELAY_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
const configByUri = new Map<string, Promise<NianbaoConfig>>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();
let lang: Language = 'zh';
let canPullConfiguration = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  lang = params.locale?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: '政府信息公开年报' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'nianbao-language-server', version: '0.1.0' },
  };
});

/** The nearest .nianbao.json (for files on disk), overridden by the VS Code settings. */
function configOf(uri: string): Promise<NianbaoConfig> {
  const cached = configByUri.get(uri);
  if (cached) return cached;
  let fileConfig: NianbaoConfig = {};
  if (uri.startsWith('file:')) {
    try {
      fileConfig = configFor(fileURLToPath(uri)).config;
    } catch (err) {
      reportError('读取 .nianbao.json 失败 / reading .nianbao.json failed', err);
    }
  }
  const settings = canPullConfiguration
    ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' }).then(
        (s: NianbaoSettings | null) => settingsToConfig(s),
        (): NianbaoConfig => ({}),
      )
    : Promise.resolve<NianbaoConfig>({});
  const merged = settings.then((s) => mergeConfigs(fileConfig, s));
  configByUri.set(uri, merged);
  return merged;
}

async function parsed(document: TextDocument): Promise<{ doc: ReportDocument; config: NianbaoConfig }> {
  const config = await configOf(document.uri);
  const doc = cache.get(document.uri, document.version, () => document.getText(), { era: config.era, kind: config.kind });
  return { doc, config };
}

function reportError(what: string, err: unknown): void {
  connection.console.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
}

async function validate(document: TextDocument): Promise<void> {
  const version = document.version;
  try {
    const { doc, config } = await parsed(document);
    // The writer typed on while we worked: a newer check is already scheduled.
    if (documents.get(document.uri)?.version !== version) return;
    const diagnostics = collectFindings(doc, { rules: config.rules, deadlines: config.deadlines }).map((f) => toDiagnostic(doc, f, lang, document.uri, ruleDocsLink));
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  } catch (err) {
    reportError(`检查失败 / check failed for ${document.uri}`, err);
  }
}

function schedule(document: TextDocument, delay: number): void {
  clearTimeout(pending.get(document.uri));
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void validate(current);
    }, delay),
  );
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document, RECHECK_DELAY_MS));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  configByUri.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

function recheckAll(): void {
  configByUri.clear();
  clearConfigCache();
  cache.clear();
  for (const d of documents.all()) schedule(d, 0);
}

connection.onDidChangeConfiguration(recheckAll);
// The client watches **/.nianbao.json.
connection.onDidChangeWatchedFiles(recheckAll);

connection.onDocumentSymbol(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    return toDocumentSymbols((await parsed(document)).doc);
  } catch (err) {
    reportError('大纲生成失败 / outline failed', err);
    return [];
  }
});

connection.onFoldingRanges(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    return toFoldingRanges((await parsed(document)).doc);
  } catch (err) {
    reportError('折叠范围生成失败 / folding failed', err);
    return [];
  }
});

process.on('uncaughtException', (err) => reportError('未捕获的异常 / uncaught exception', err));

documents.listen(connection);
connection.listen();
