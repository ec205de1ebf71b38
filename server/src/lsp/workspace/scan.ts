// Finds the candidate report files of a workspace folder without blocking the server: an asynchronous walk that
// follows symbolic links once (by real path), skips hidden entries and node_modules as the CLI does, prunes
// excluded folders, and keeps the files with a report extension that the include/exclude globs let through.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globMatcher } from './glob';

export const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.nianbao']);

export interface ScanFilter {
  /** nianbao.workspace.include: when not empty, only matching files. */
  include: string[];
  /** nianbao.workspace.exclude and the `true` entries of files.exclude. */
  exclude: string[];
}

/** Whether a path relative to its folder ("a/b.txt") is indexed under the filter. */
export function filterOf(filter: ScanFilter): (relativePath: string) => boolean {
  const included = filter.include.length ? globMatcher(filter.include) : () => true;
  const excluded = globMatcher(filter.exclude);
  return (relativePath) => {
    if (!REPORT_EXTENSIONS.has(path.posix.extname(relativePath).toLowerCase())) return false;
    if (relativePath.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) return false;
    return included(relativePath) && !excluded(relativePath);
  };
}

/**
 * The candidate files under `root` (absolute paths), in name order. `isCancelled` is asked between folders.
 * Unreadable folders are passed to `onError` and the walk goes on.
 */
export async function scanFolder(
  root: string, filter: ScanFilter, isCancelled: () => boolean, onError: (dir: string, err: unknown) => void,
): Promise<string[]> {
  const accept = filterOf(filter);
  const excludedFolder = globMatcher(filter.exclude);
  const out: string[] = [];
  const walked = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    if (isCancelled()) return;
    let entries: fs.Dirent[];
    try {
      const real = await fs.promises.realpath(dir);
      if (walked.has(real)) return;
      walked.add(real);
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (err) {
      onError(dir, err);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await fs.promises.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (!excludedFolder(rel)) await walk(full);
      } else if (isFile && accept(rel)) out.push(full);
    }
  };
  await walk(root);
  return out;
}
