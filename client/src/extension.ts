// The VS Code client: starts the language server, registers the commands and report detection.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID, registerReportDetection, switchActiveEditorToReportMode } from './autoDetect';

const OUTPUT_CHANNEL_NAME = '政府信息公开年报 (nianbao)';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient | undefined }> {
  const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
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
  client = new LanguageClient('nianbao', OUTPUT_CHANNEL_NAME, serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    log.error(`语言服务器启动失败 / the language server failed to start: ${String(err)}`);
    void vscode.window.showErrorMessage('政府信息公开年报检查服务启动失败，详见输出面板。/ The nianbao language server failed to start; see the output panel.');
  }
  return { client };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  // stop() throws for a client that never got running (e.g. the server failed to start).
  if (running?.isRunning()) await running.stop();
}
