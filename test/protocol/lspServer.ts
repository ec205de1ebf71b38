// The bundled server (dist/server.js) over stdio with a plain LSP client, shared by the protocol tests:
// start, initialize, collect published diagnostics and log messages, shut down.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ConfigurationRequest, createProtocolConnection, ExitNotification, WorkDoneProgressCreateRequest, InitializedNotification, InitializeRequest, LogMessageNotification,
  PublishDiagnosticsNotification, RegistrationRequest, ShowMessageNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type ConfigurationItem, type InitializeResult, type ProgressToken, type WorkspaceFolder, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  conn: ProtocolConnection;
  /** The server process, for tests of how it ends. */
  proc: ChildProcess;
  /** Resolves with the exit code of the server process; fails after 10 s. */
  exited(): Promise<number | null>;
  init: InitializeResult;
  /** Every publishDiagnostics so far, in order. */
  published: PublishDiagnosticsParams[];
  /** When each of `published` arrived (performance.now()). */
  publishedAt: number[];
  /** window/logMessage texts. */
  logs: string[];
  /** window/showMessage texts (what the user sees as a notification). */
  messages: string[];
  /** client/registerCapability requests, as the server sent them (each answered with success). */
  registrations: Array<{ method: string; registerOptions?: unknown }>;
  /** `$/progress` notifications, in order, and the tokens the server created with window/workDoneProgress/create. */
  progress: Array<{ token: ProgressToken; value: { kind: string; message?: string; percentage?: number; cancellable?: boolean } }>;
  progressTokens: ProgressToken[];
  /** Resolves with the next diagnostics published for `uri` (at `version`, when given); fails after 10 s. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

export interface StartOptions {
  locale?: string;
  capabilities?: ClientCapabilities;
  env?: NodeJS.ProcessEnv;
  workspaceFolders?: WorkspaceFolder[];
  /** Answers workspace/configuration, item by item (without it, the request fails as for a client without it). */
  configuration?: (item: ConfigurationItem) => unknown;
}

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  assert.ok(fs.existsSync(SERVER_PATH), `${SERVER_PATH} is missing: run \`npm run build\` first`);
  const proc = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const publishedAt: number[] = [];
  const logs: string[] = [];
  const messages: string[] = [];
  const waiters: Array<(p: PublishDiagnosticsParams) => boolean> = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    publishedAt.push(performance.now());
    for (let i = 0; i < waiters.length; ) if (waiters[i](p)) waiters.splice(i, 1); else i++;
  });
  conn.onNotification(LogMessageNotification.type, (p) => {
    logs.push(p.message);
  });
  conn.onNotification(ShowMessageNotification.type, (p) => {
    messages.push(p.message);
  });
  const registrations: TestServer['registrations'] = [];
  conn.onRequest(RegistrationRequest.type, (p) => {
    registrations.push(...p.registrations.map((r) => ({ method: r.method, registerOptions: r.registerOptions })));
  });
  const progress: TestServer['progress'] = [];
  const progressTokens: ProgressToken[] = [];
  conn.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
    progressTokens.push(p.token);
  });
  conn.onNotification('$/progress', (p: TestServer['progress'][number]) => {
    progress.push(p);
  });
  const configuration = options.configuration;
  if (configuration) conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => configuration(item) ?? null));
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: options.workspaceFolders ?? null,
    capabilities: options.capabilities ?? {},
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await conn.sendNotification(InitializedNotification.type, {});

  const diagnostics = (uri: string, version?: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}${version === undefined ? '' : ` v${version}`} within 10 s`)), 10_000);
      waiters.push((p) => {
        if (p.uri !== uri || (version !== undefined && p.version !== version)) return false;
        clearTimeout(timer);
        resolve(p);
        return true;
      });
    });

  const exited = () =>
    new Promise<number | null>((resolve, reject) => {
      if (proc.exitCode !== null) return resolve(proc.exitCode);
      const timer = setTimeout(() => reject(new Error('the server did not exit within 10 s')), 10_000);
      proc.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });

  const stop = async () => {
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    conn.dispose();
    await new Promise((r) => (proc.exitCode !== null ? r(undefined) : proc.on('exit', r)));
  };
  return { conn, proc, exited, init, published, publishedAt, logs, messages, registrations, progress, progressTokens, diagnostics, stop };
}
