// Expands the command line's files and folders into the report files to check.
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.nianbao']);

export interface Expanded {
  files: string[];
  errors: Array<{ path: string; message: string }>;
}

function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && REPORT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

export function expandPaths(paths: string[]): Expanded {
  const files: string[] = [];
  const errors: Expanded['errors'] = [];
  for (const p of paths) {
    try {
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p, files);
      else files.push(p);
    } catch (err) {
      errors.push({ path: p, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / no such file or folder' : String((err as Error).message) });
    }
  }
  return { files, errors };
}

/** Reads a report as the editor shows it: UTF-8 without a byte-order mark. */
export function readReport(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
