// The language server: a thin adapter from LSP to the core. Each feature lives in lsp/features/ and
// shares the session's one parse per document version.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FEATURES } from './lsp/features';
import { isConnectionLost, Lifecycle } from './lsp/lifecycle';
import { Session } from './lsp/session';

const lifecycle = new Lifecycle();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycle.messageStrategy });
const documents = new TextDocuments(TextDocument);
const session = new Session(connection, documents, () => lifecycle.exitWithoutClient());
lifecycle.register(connection);

connection.onInitialize((params): InitializeResult => {
  session.lang = params.locale?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  session.canPullConfiguration = !!params.capabilities.workspace?.configuration;
  session.clientCapabilities = params.capabilities;
  const capabilities = Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...FEATURES.map((f) => f.capabilities(params)));
  return { capabilities, serverInfo: { name: 'nianbao-language-server', version: '0.1.0' } };
});

for (const feature of FEATURES) feature.register(session);

process.on('uncaughtException', (err) => {
  if (isConnectionLost(err)) lifecycle.exitWithoutClient();
  session.reportError('未捕获的异常 / uncaught exception', err);
});

documents.listen(connection);
connection.listen();
