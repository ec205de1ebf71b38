// The language server: a thin adapter from LSP to the core. Each feature lives in lsp/features/ and
// shares the session's one parse per document version.
import { createConnection, ErrorCodes, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
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
  const each = FEATURES.map((f) => f.capabilities(params));
  const capabilities = Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...each);
  // Several features may have commands: one provider lists them all.
  const commands = each.flatMap((c) => c.executeCommandProvider?.commands ?? []);
  if (commands.length) capabilities.executeCommandProvider = { commands };
  return { capabilities, serverInfo: { name: 'nianbao-language-server', version: '0.1.0' } };
});

for (const feature of FEATURES) feature.register(session);
connection.onExecuteCommand((params, token) => {
  const run = session.commands.get(params.command);
  if (!run) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command} / 未知命令`);
  return run(params, token);
});

process.on('uncaughtException', (err) => {
  if (isConnectionLost(err)) lifecycle.exitWithoutClient();
  session.reportError('未捕获的异常 / uncaught exception', err);
});

documents.listen(connection);
connection.listen();
