// Node side (file system): finds and reads `.nianbao.json` for a report: the nearest one walking up from the report's folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, readConfig, RULE_OPTIONS, RULES, type NianbaoConfig } from '../core';
import { readRegularFile } from './readFile';

/** Far more than any real configuration; a larger file is refused rather than read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface FoundConfig {
  /** The `.nianbao.json` that applies, when there is one. */
  file?: string;
  config: NianbaoConfig;
  problems: string[];
}

interface Entry extends FoundConfig {
  /** Every candidate looked at on the way up, with what it was then: a change to any of them invalidates. */
  seen: Array<{ path: string; stamp: string }>;
}

const byDir = new Map<string, Entry>();

/** Forgets what was read, after a `.nianbao.json` changed. */
export function clearConfigCache(): void {
  byDir.clear();
}

/** What a candidate is now: absent, or its size and modification time. Never opens the file. */
function stampOf(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.isFile() ? 'f' : 'x'}`;
  } catch {
    return 'absent';
  }
}

function readOne(candidate: string): FoundConfig {
  try {
    // Only a regular file is read: a FIFO named .nianbao.json would block the server and the CLI forever.
    const { bytes, truncated } = readRegularFile(candidate, MAX_CONFIG_BYTES);
    if (truncated) throw new Error(`文件大于 ${MAX_CONFIG_BYTES} 字节 / larger than ${MAX_CONFIG_BYTES} bytes`);
    const { config, problems } = readConfig(JSON.parse(bytes.toString('utf8')), RULES.map((r) => r.meta.id), RULE_OPTIONS);
    return { file: candidate, config, problems: problems.map((p) => `${p.message.zh} / ${p.message.en}`) };
  } catch (e) {
    return { file: candidate, config: {}, problems: [`无法读取配置 / cannot read the configuration: ${(e as Error).message}`] };
  }
}

/**
 * The configuration for a report: the nearest `.nianbao.json` walking up from its folder. Cached per folder;
 * with `revalidate` a cached answer is used only while none of the files it looked at changed (a stat each,
 * for a server whose client does not report file changes).
 */
export function configFor(reportFile: string, options: { revalidate?: boolean } = {}): FoundConfig {
  const dir = path.dirname(path.resolve(reportFile));
  const hit = byDir.get(dir);
  if (hit && (!options.revalidate || hit.seen.every((s) => stampOf(s.path) === s.stamp))) return hit;
  const seen: Entry['seen'] = [];
  let found: FoundConfig = { config: {}, problems: [] };
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, CONFIG_FILE_NAME);
    const stamp = stampOf(candidate);
    seen.push({ path: candidate, stamp });
    if (stamp !== 'absent') {
      found = readOne(candidate);
      break;
    }
    if (path.dirname(d) === d) break;
  }
  // Keep the object when nothing changed, so that callers can tell a change by identity.
  const same = hit && hit.file === found.file && JSON.stringify([hit.config, hit.problems]) === JSON.stringify([found.config, found.problems]);
  const entry: Entry = same ? Object.assign(hit, { seen }) : { ...found, seen };
  byDir.set(dir, entry);
  return entry;
}
