// The VS Code client: starts the language server, registers the commands, report detection and the
// status bar. Every string a user reads goes through vscode.l10n (Chinese in l10n/bundle.l10n.zh-cn.json).
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID, registerReportDetection, switchActiveEditorToReportMode } from './autoDetect';
import { DocumentInfoSource } from './documentInfo';
import { registerImport } from './importReport';
import { registerExportToWord } from './exportWord';
import { registerNextYear } from './nextYear';
import { registerParsedStructure } from './parsedStructure';
import { PreviewManager } from './preview';
import { registerTablePaste } from './paste';
import { ReportStatusBar } from './statusBar';
import { registerTableEditing } from './tableEditing';
import { WORKSPACE_REPORTS_VIEW, WorkspaceReportsView } from './workspaceReports';

let client: LanguageClient | undefined;

export interface NianbaoApi {
  client: LanguageClient | undefined;
  /** For the extension-host tests: what the status bar item shows. */
  statusBarItem: vscode.StatusBarItem;
  /** For the extension-host tests: the "年度报告" tree view's data. */
  workspaceReports: WorkspaceReportsView;
  /** For the extension-host tests: the open previews. */
  previews: PreviewManager;
}

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
  const channelName = vscode.l10n.t('Open Government Information Annual Reports (nianbao)');
  const log = vscode.window.createOutputChannel(channelName, { log: true });
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('nianbao.switchToReportMode', switchActiveEditorToReportMode),
    vscode.commands.registerCommand('nianbao.showOutput', () => log.show()),
    registerReportDetection(log),
    registerTableEditing(),
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
      // files.exclude too: the workspace index honours it.
      configurationSection: ['nianbao', 'files.exclude'],
      // A changed .nianbao.json re-checks the open reports.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.nianbao.json'),
    },
  };
  // The id 'nianbao' makes the client read the nianbao.trace.server setting.
  client = new LanguageClient('nianbao', channelName, serverOptions, clientOptions);
  const info = new DocumentInfoSource(client, log);
  const statusBar = new ReportStatusBar(info);
  const workspaceReports = new WorkspaceReportsView(client, log);
  const previews = new PreviewManager(client, log);
  context.subscriptions.push(
    statusBar,
    registerParsedStructure(info),
    registerImport(() => client),
    registerExportToWord(client, log),
    registerNextYear(client, log),
    registerTablePaste(client),
    workspaceReports,
    vscode.window.registerTreeDataProvider(WORKSPACE_REPORTS_VIEW, workspaceReports),
    previews,
  );
  try {
    await client.start();
  } catch (err) {
    log.error(vscode.l10n.t('The language server failed to start: {0}', String(err)));
    void vscode.window.showErrorMessage(vscode.l10n.t('The nianbao language server failed to start; see the output panel.'));
  }
  statusBar.refresh();
  workspaceReports.refresh();
  return { client, statusBarItem: statusBar.item, workspaceReports, previews };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  // stop() throws for a client that never got running (e.g. the server failed to start).
  if (running?.isRunning()) await running.stop();
}
