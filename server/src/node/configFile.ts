// Node side (file system): finds and reads `.nianbao.json` for a report: the nearest one walking up from the report's folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, readConfig, RULES, type NianbaoConfig } from '../core';
import { readRegularFile } from './readFile';

/** Far more than any real configuration; a larger file is refused rather than read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const byDir = new Map<string, { file?: string; config: NianbaoConfig; problems: string[] }>();

/** Forgets what was read, after a `.nianbao.json` changed. */
export function clearConfigCache(): void {
  byDir.clear();
}

export function configFor(reportFile: string): { file?: string; config: NianbaoConfig; problems: string[] } {
  const dir = path.dirname(path.resolve(reportFile));
  const hit = byDir.get(dir);
  if (hit) return hit;
  let result: { file?: string; config: NianbaoConfig; problems: string[] } = { config: {}, problems: [] };
  const candidate = path.join(dir, CONFIG_FILE_NAME);
  if (fs.existsSync(candidate)) {
    try {
      // Only a regular file is read: a FIFO named .nianbao.json would block the server and the CLI forever.
      const { bytes, truncated } = readRegularFile(candidate, MAX_CONFIG_BYTES);
      if (truncated) throw new Error(`文件大于 ${MAX_CONFIG_BYTES} 字节 / larger than ${MAX_CONFIG_BYTES} bytes`);
      const { config, problems } = readConfig(JSON.parse(bytes.toString('utf8')), RULES.map((r) => r.meta.id));
      result = { file: candidate, config, problems: problems.map((p) => `${p.message.zh} / ${p.message.en}`) };
    } catch (e) {
      result = { file: candidate, config: {}, problems: [`无法读取配置 / cannot read the configuration: ${(e as Error).message}`] };
    }
  } else if (path.dirname(dir) !== dir) {
    result = configFor(path.join(path.dirname(dir), 'x'));
  }
  byDir.set(dir, result);
  return result;
}
