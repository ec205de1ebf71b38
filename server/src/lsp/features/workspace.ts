// The workspace index as an LSP feature: indexes the workspace folders after `initialized`, again when the
// settings or the folders change, file by file on watched-file events (a watcher for report files is registered
// when the client allows it), and answers `nianbao/workspaceReports` for the tree view.
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, type InitializeParams } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../../core';
import { WORKSPACE_REPORTS_METHOD, type WorkspaceReports } from '../workspaceProtocol';
import { IndexRunner } from '../workspace/indexRunner';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Feature } from './feature';

/** The bundle itself, started as an index worker (main.ts); absent when the server runs from source, then files are indexed on this thread. */
const WORKER_FILE = path.join(__dirname, 'server.js');
/** Index workers: one per core, at most 4 (the variable is for tests and the bench). */
const INDEX_WORKERS = Number(process.env.NIANBAO_INDEX_WORKERS) || Math.max(1, Math.min(4, os.availableParallelism?.() ?? 2));
const REPORT_FILES_GLOB = '**/*.{txt,md,nianbao}';

let folders: string[] = [];
let canWatch = false;
let canHearFolders = false;

export const workspaceFeature: Feature = {
  capabilities(params: InitializeParams) {
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canHearFolders = !!params.capabilities.workspace?.workspaceFolders;
    return canHearFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {};
  },
  register(session) {
    const { connection, documents } = session;
    const index = new WorkspaceIndex(
      {
        connection,
        isOpen: (uri) => documents.get(uri) !== undefined,
        get lang() {
          return session.lang;
        },
        get canPullConfiguration() {
          return session.canPullConfiguration;
        },
        reportError: (what, err) => session.reportError(what, err),
        recheck: (uri) => session.recheck(uri),
      },
      new IndexRunner(WORKER_FILE, INDEX_WORKERS),
    );
    session.closedDiagnostics = (uri) => index.closedDiagnostics(uri);
    session.extraDiagnostics = (uri) => index.crossDiagnostics(uri);
    const reindex = () => void index.reindexAll();

    session.onInitialized(() => {
      index.setFolders(folders);
      if (canHearFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f)), ...e.added.map((a) => a.uri)];
          index.setFolders(folders);
          reindex();
        });
      }
      if (!index.hasFolders()) return;
      if (canWatch) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: REPORT_FILES_GLOB }] })
          .catch((err) => session.reportError('无法注册报告文件的文件监视，工作区索引不会随文件更新 / could not register a file watcher for report files; the workspace index will not follow file changes', err));
      }
      reindex();
    });
    session.onConfigurationChanged(reindex);
    session.onWatchedFilesChanged((p) => {
      if (!index.hasFolders()) return;
      // A .nianbao.json change re-indexes everything (filesChanged sees it).
      const relevant = p.changes.filter((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`) || /\.(txt|md|nianbao)$/i.test(c.uri) || !/\.[^/]*$/.test(c.uri));
      if (relevant.length) void index.filesChanged(relevant);
    });
    connection.onRequest(WORKSPACE_REPORTS_METHOD, (): WorkspaceReports => index.reports());
    // Index workers are unref'd: they end with the process (the connection's shutdown handler is the lifecycle's).
  },
};
