// The language server: a thin adapter from LSP to the core. It parses each document version once,
// re-checks shortly after the writer pauses, and drops results for versions that are already stale.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFindings, type Language, type ParseOptions, type ReportDocument } from './core';
import { DocumentCache } from './lsp/documentCache';
import { toDiagnostic, toDocumentSymbols, toFoldingRanges } from './lsp/convert';
import { toParseOptions, type NianbaoSettings } from './lsp/settings';
import { ruleDocsLink } from './lsp/ruleDocs';

const RECHECK_DELAY_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
const settingsByUri = new Map<string, Promise<ParseOptions>>();
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

function optionsFor(uri: string): Promise<ParseOptions> {
  if (!canPullConfiguration) return Promise.resolve({});
  const cached = settingsByUri.get(uri);
  if (cached) return cached;
  const fetched = connection.workspace
    .getConfiguration({ scopeUri: uri, section: 'nianbao' })
    .then((s: NianbaoSettings | null) => toParseOptions(s))
    .catch((): ParseOptions => ({}));
  settingsByUri.set(uri, fetched);
  return fetched;
}

async function parsed(document: TextDocument): Promise<ReportDocument> {
  const options = await optionsFor(document.uri);
  return cache.get(document.uri, document.version, () => document.getText(), options);
}

function reportError(what: string, err: unknown): void {
  connection.console.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
}

async function validate(document: TextDocument): Promise<void> {
  const version = document.version;
  try {
    const doc = await parsed(document);
    // The writer typed on while we worked: a newer check is already scheduled.
    if (documents.get(document.uri)?.version !== version) return;
    const diagnostics = collectFindings(doc).map((f) => toDiagnostic(doc, f, lang, document.uri, ruleDocsLink));
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
  settingsByUri.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear();
  cache.clear();
  for (const d of documents.all()) schedule(d, 0);
});

connection.onDocumentSymbol(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    return toDocumentSymbols(await parsed(document));
  } catch (err) {
    reportError('大纲生成失败 / outline failed', err);
    return [];
  }
});

connection.onFoldingRanges(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    return toFoldingRanges(await parsed(document));
  } catch (err) {
    reportError('折叠范围生成失败 / folding failed', err);
    return [];
  }
});

process.on('uncaughtException', (err) => reportError('未捕获的异常 / uncaught exception', err));

documents.listen(connection);
connection.listen();
