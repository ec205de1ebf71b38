// The VS Code client: starts the language server, registers the commands, report detection and the
// status bar. Every string a user reads goes through vscode.l10n (Chinese in l10n/bundle.l10n.zh-cn.json).
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID, registerReportDetection, switchActiveEditorToReportMode } from './autoDetect';
import { DocumentInfoSource } from './documentInfo';
import { registerParsedStructure } from './parsedStructure';
import { registerTablePaste } from './paste';
import { ReportStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export interface NianbaoApi {
  client: LanguageClient | undefined;
  /** For the extension-host tests: what the status bar item shows. */
  statusBarItem: vscode.StatusBarItem;
}

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
  const channelName = vscode.l10n.t('Open Government Information Annual Reports (nianbao)');
  const log = vscode.window.createOutputChannel(channelName, { log: true });
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('nianbao.switchToReportMode', switchActiveEditorToReportMode),
    vscode.commands.registerCommand('nianbao.showOutput', () => log.show()),
    registerReportDetection(log),
  );

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    outputChannel: log,
    // The server also pulls settings itself; this makes it hear when nianbao.* changes.
    synchronize: {
      configurationSection: 'nianbao',
      // A changed .nianbao.json re-checks the open reports.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.nianbao.json'),
    },
  };
  // The id 'nianbao' makes the client read the nianbao.trace.server setting.
  client = new LanguageClient('nianbao', channelName, serverOptions, clientOptions);
  const info = new DocumentInfoSource(client, log);
  const statusBar = new ReportStatusBar(info);
  context.subscriptions.push(statusBar, registerParsedStructure(info), registerTablePaste(client));
  try {
    await client.start();
  } catch (err) {
    log.error(vscode.l10n.t('The language server failed to start: {0}', String(err)));
    void vscode.window.showErrorMessage(vscode.l10n.t('The nianbao language server failed to start; see the output panel.'));
  }
  statusBar.refresh();
  return { client, statusBarItem: statusBar.item };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  // stop() throws for a client that never got running (e.g. the server failed to start).
  if (running?.isRunning()) await running.stop();
}
