// The workspace as a set of reports: every report file in the workspace folders, indexed in the background by
// index workers (indexRunner.ts) with a cancellable `window/workDoneProgress`, again when settings or a
// .nianbao.json change, and file by file on `workspace/didChangeWatchedFiles`. The findings of files that are
// not open are published as diagnostics (nianbao.workspace.problemsForClosedFiles); an open document's own
// check wins while it is open, and the index's findings come back when it closes.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, groupsSharingAKey, jobsOfGroups, pairingKey, type Language, type NianbaoConfig } from '../../core';
import { maxDiagnosticsOf, settingsToConfig, type NianbaoSettings } from '../settings';
import { WORKSPACE_REPORTS_CHANGED, type WorkspaceReports } from '../workspaceProtocol';
import { hasCrossChecks } from './crossChecks';
import type { IndexedFile } from './indexFile';
import { samePacked, unpackDiagnostics, type PackedDiagnostics } from './packedDiagnostics';
import { CancelledIndexing, type IndexRunner } from './indexRunner';
import { filterOf, scanFolder, type ScanFilter } from './scan';

/** The nianbao.workspace.* settings of a folder, with what the files in it are checked with. */
export interface FolderSettings extends ScanFilter {
  enabled: boolean;
  problemsForClosedFiles: boolean;
  config: NianbaoConfig;
  limit: number;
}

export interface WorkspaceSettings {
  workspace?: { enabled?: unknown; include?: unknown; exclude?: unknown; problemsForClosedFiles?: unknown };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** A folder's settings from its `nianbao` section and its `files.exclude` (only the entries set to true). */
export function folderSettingsOf(nianbao: (NianbaoSettings & WorkspaceSettings) | null | undefined, filesExclude: unknown): FolderSettings {
  const ws = nianbao?.workspace ?? {};
  const fromFiles = filesExclude && typeof filesExclude === 'object' ? Object.entries(filesExclude).filter(([, on]) => on === true).map(([glob]) => glob) : [];
  return {
    enabled: ws.enabled !== false,
    problemsForClosedFiles: ws.problemsForClosedFiles !== false,
    include: strings(ws.include),
    exclude: [...strings(ws.exclude), ...fromFiles],
    config: settingsToConfig(nianbao),
    limit: maxDiagnosticsOf(nianbao),
  };
}

/** What the index needs of the server: the connection, the open documents, its language, its errors. */
export interface IndexHost {
  connection: Connection;
  isOpen(uri: string): boolean;
  lang: Language;
  canPullConfiguration: boolean;
  reportError(what: string, err: unknown): void;
  /** The set-level findings of an open document changed: it is checked again (they are added to its own). */
  recheck(uri: string): void;
}

const PROGRESS_EVERY_MS = 200;
const CHANGED_EVERY_MS = 500;

/** Files per job of the checks across reports (whole groups of one issuer; a larger group is one job). */
const CROSS_JOB_FILES = 16;

export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly settings = new Map<string, FolderSettings>();
  private readonly files = new Map<string, IndexedFile>();
  private readonly cross = new Map<string, PackedDiagnostics>();
  /** Closed files whose index diagnostics were published (so that they can be cleared). */
  private readonly published = new Set<string>();
  /** The latest indexing of each file: an older result arriving later is dropped. */
  private readonly latest = new Map<string, number>();
  private seq = 0;
  /** The current pass; a new pass or a cancel makes the older one stop. */
  private pass = 0;
  private indexing = false;
  /** The pass that set `indexing`. */
  private activePass = 0;
  private changedTimer?: ReturnType<typeof setTimeout>;
  /** Told when a pass ends (tests and the bench wait on it through the log). */
  onPassEnd: (summary: { files: number; cancelled: boolean; ms: number }) => void = () => {};

  constructor(private readonly host: IndexHost, private readonly runner: IndexRunner) {}

  setFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => u.replace(/\/+$/, ''));
  }

  hasFolders(): boolean {
    return this.folders.length > 0;
  }

  /** Diagnostics to publish for `uri` once it is closed: the index's, if the file is indexed and that is wanted. */
  closedDiagnostics(uri: string): Diagnostic[] {
    const file = this.files.get(uri);
    if (!file || !this.settingsOf(uri)?.problemsForClosedFiles) return [];
    if (this.host.isOpen(uri)) return [];
    this.published.add(uri);
    return [...unpackDiagnostics(file.diagnostics), ...unpackDiagnostics(this.cross.get(uri))];
  }

  /** Set-level diagnostics of a file, added to an open document's own. */
  crossDiagnostics(uri: string): Diagnostic[] {
    return unpackDiagnostics(this.cross.get(uri));
  }

  reports(): WorkspaceReports {
    const files = [...this.files.values()]
      .map(({ uri, reports, counts }) => ({ uri, reports, counts }))
      .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    return { indexing: this.indexing, files };
  }

  /** Stops the current pass: files not yet started are not indexed. */
  cancel(): void {
    this.pass++;
    this.runner.cancelQueued();
  }

  /** Reads the settings again and indexes every folder; files no longer found or wanted leave the index. */
  async reindexAll(): Promise<void> {
    this.cancel();
    const pass = this.pass;
    const started = Date.now();
    const progress = await this.host.connection.window.createWorkDoneProgress().catch(() => undefined);
    const cancelledHere = () => this.pass !== pass;
    progress?.token.onCancellationRequested(() => {
      if (!cancelledHere()) this.cancel();
    });
    this.indexing = true;
    this.activePass = pass;
    let count = 0;
    try {
      const zh = this.host.lang !== 'en';
      progress?.begin(zh ? '年度报告索引' : 'Indexing annual reports', 0, zh ? '查找文件…' : 'finding files…', true);
      await this.loadSettings();
      if (cancelledHere()) return;
      const candidates: string[] = [];
      for (const folder of this.folders) {
        const settings = this.settings.get(folder)!;
        if (!settings.enabled) continue;
        const found = await scanFolder(fileURLToPath(folder), settings, cancelledHere, (dir, err) =>
          this.host.reportError(`无法读取文件夹 / cannot read the folder ${dir}`, err),
        );
        candidates.push(...found.map((f) => pathToFileURL(f).href));
      }
      if (cancelledHere()) return;
      const wanted = new Set(candidates);
      for (const uri of [...this.files.keys()]) if (!wanted.has(uri)) this.remove(uri);
      let done = 0;
      let lastReport = 0;
      await Promise.all(
        candidates.map(async (uri) => {
          await this.indexOne(uri);
          done++;
          const now = Date.now();
          if (progress && now - lastReport >= PROGRESS_EVERY_MS) {
            lastReport = now;
            progress.report(Math.floor((done / candidates.length) * 100), `${done}/${candidates.length}`);
          }
        }),
      );
      if (cancelledHere()) return;
      await this.runCrossChecks();
    } catch (err) {
      this.host.reportError('工作区索引失败 / indexing the workspace failed', err);
    } finally {
      if (!cancelledHere()) await this.runner.release();
      count = this.files.size;
      if (this.activePass === pass) this.indexing = false;
      progress?.done();
      this.changed(true);
      this.host.connection.console.log(
        `${cancelledHere() ? '工作区索引已取消 / workspace indexing cancelled' : '工作区索引完成 / workspace indexed'}: ${count} 个报告文件 / report files, ${Date.now() - started} ms`,
      );
      this.onPassEnd({ files: count, cancelled: cancelledHere(), ms: Date.now() - started });
    }
  }

  /** Files created, changed or deleted on disk: just those are indexed again (or dropped). */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    if (changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return this.reindexAll();
    const work: Promise<void>[] = [];
    for (const change of changes) {
      const settings = this.settingsOf(change.uri);
      const folder = this.folderOf(change.uri);
      if (!settings?.enabled || !folder) continue;
      if (change.type === FileChangeType.Deleted) {
        for (const uri of [...this.files.keys()]) if (uri === change.uri || uri.startsWith(`${change.uri}/`)) this.remove(uri);
        continue;
      }
      let file: string;
      try {
        file = fileURLToPath(change.uri);
      } catch {
        continue;
      }
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (stat?.isDirectory()) {
        // A folder moved or copied in: its files.
        const root = fileURLToPath(folder);
        const found = await scanFolder(file, { ...settings, include: [], exclude: [] }, () => false, () => {});
        const accept = filterOf(settings);
        for (const f of found) if (accept(relative(root, f))) work.push(this.indexOne(pathToFileURL(f).href));
      } else if (filterOf(settings)(relative(fileURLToPath(folder), file))) {
        work.push(this.indexOne(change.uri));
      }
    }
    await Promise.all(work);
    await this.runCrossChecks();
    if (!this.indexing) await this.runner.release();
    this.changed(true);
  }

  /** The server is shutting down. */
  dispose(): void {
    this.cancel();
    clearTimeout(this.changedTimer);
    this.runner.dispose();
  }

  private async loadSettings(): Promise<void> {
    this.settings.clear();
    for (const folder of this.folders) {
      let nianbao: (NianbaoSettings & WorkspaceSettings) | null = null;
      let filesExclude: unknown = {};
      if (this.host.canPullConfiguration) {
        try {
          [nianbao, filesExclude] = await this.host.connection.workspace.getConfiguration([
            { scopeUri: folder, section: 'nianbao' },
            { scopeUri: folder, section: 'files.exclude' },
          ]);
        } catch (err) {
          this.host.reportError('读取设置失败，按默认值索引 / reading the settings failed; indexing with the defaults', err);
        }
      }
      this.settings.set(folder, folderSettingsOf(nianbao, filesExclude));
    }
  }

  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) if (uri.startsWith(`${f}/`) && (!best || f.length > best.length)) best = f;
    return best;
  }

  private settingsOf(uri: string): FolderSettings | undefined {
    const folder = this.folderOf(uri);
    return folder === undefined ? undefined : this.settings.get(folder);
  }

  private async indexOne(uri: string): Promise<void> {
    const settings = this.settingsOf(uri);
    if (!settings) return;
    const seq = ++this.seq;
    this.latest.set(uri, seq);
    let result;
    try {
      result = await this.runner.index({ uri, settings: settings.config, limit: settings.limit, lang: this.host.lang });
    } catch (err) {
      if (!(err instanceof CancelledIndexing)) this.host.reportError(`索引失败 / indexing failed for ${uri}`, err);
      return;
    }
    if (this.latest.get(uri) !== seq) return;
    this.latest.delete(uri);
    if ('notIndexed' in result) this.remove(uri);
    else {
      this.files.set(uri, result);
      this.publish(uri);
    }
    this.changed(false);
  }

  private remove(uri: string): void {
    if (!this.files.delete(uri)) return;
    this.cross.delete(uri);
    if (this.published.delete(uri) && !this.host.isOpen(uri)) this.send(uri, []);
    this.changed(false);
  }

  /** Publishes a closed file's diagnostics, or clears them when they are no longer wanted. */
  private publish(uri: string): void {
    if (this.host.isOpen(uri)) return;
    const diagnostics = this.closedDiagnostics(uri);
    if (diagnostics.length || this.published.has(uri)) this.send(uri, diagnostics);
    if (!this.settingsOf(uri)?.problemsForClosedFiles) this.published.delete(uri);
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    this.host.connection.sendDiagnostics({ uri, diagnostics }).catch((err) => this.host.reportError('发布诊断失败 / publishing diagnostics failed', err));
  }

  /**
   * The indexed files whose issuer (normalized, a trailing 人民政府 dropped) is also another file's — only they can
   * pair — in groups that share no issuer with each other: every pair and ambiguity lies inside one group.
   */
  private groupsSharingAnIssuer(): string[][] {
    // A file with two issuers joins their groups; each group in index order.
    return groupsSharingAKey([...this.files.keys()], (uri) =>
      [...new Set(this.files.get(uri)!.reports.filter((r) => r.issuer && r.year !== null).map((r) => pairingKey(r.issuer!)))]);
  }

  private async runCrossChecks(): Promise<void> {
    if (!hasCrossChecks()) return;
    // A file whose issuer no other file has is not parsed again: nothing to compare it with. The groups go to the
    // index workers in jobs of a few files, so that they run side by side and each job's parsed files are
    // released when it ends (one job of the whole workspace held every paired file's model at once).
    const jobs = jobsOfGroups(this.groupsSharingAnIssuer(), CROSS_JOB_FILES);
    let result: Array<[string, unknown]>;
    try {
      const settingsOf = (uri: string) => ({ uri, settings: this.settingsOf(uri)?.config ?? {} });
      const parts = await Promise.all(jobs.filter((j) => j.length > 1).map((j) => this.runner.cross({ files: j.map(settingsOf), lang: this.host.lang })));
      result = parts.flat();
    } catch (err) {
      if (!(err instanceof CancelledIndexing)) this.host.reportError('跨报告检查失败 / checks across reports failed', err);
      return;
    }
    const next = new Map(result as Array<[string, PackedDiagnostics]>);
    const touched = new Set([...this.cross.keys(), ...next.keys()]);
    for (const uri of touched) {
      const after = next.get(uri);
      if (samePacked(this.cross.get(uri), after)) continue;
      if (after?.length) this.cross.set(uri, after);
      else this.cross.delete(uri);
      if (this.host.isOpen(uri)) this.host.recheck(uri);
      else this.publish(uri);
    }
  }

  /** Tells the client the list changed: at once (`now`), or at most every CHANGED_EVERY_MS while indexing. */
  private changed(now: boolean): void {
    if (!now && this.changedTimer) return;
    clearTimeout(this.changedTimer);
    this.changedTimer = setTimeout(
      () => {
        this.changedTimer = undefined;
        this.host.connection.sendNotification(WORKSPACE_REPORTS_CHANGED).catch(() => {});
      },
      now ? 0 : CHANGED_EVERY_MS,
    );
  }
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
