// `nianbao export report.md -o report.docx`: the report as a Word document in the official layout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../../server/src/export/docx';
import { configFor } from '../../server/src/node/configFile';
import type { ExportArgs } from './args';
import { readReport } from './files';

/** The Word file next to the report: same name, extension .docx. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return (ext ? input.slice(0, -ext.length) : input) + '.docx';
}

export async function runExport(args: ExportArgs, err: (s: string) => void): Promise<number> {
  const output = args.output ?? defaultOutput(args.input);
  if (path.resolve(output) === path.resolve(args.input)) {
    err(`nianbao: ${output}: 不能覆盖报告本身 / would overwrite the report itself`);
    return 2;
  }
  const read = await readReport(args.input);
  if ('notChecked' in read) {
    err(`nianbao: ${args.input}: ${read.notChecked}`);
    return 2;
  }
  const found = configFor(args.input);
  const bytes = await exportDocx(read.text, { era: args.era ?? found.config.era, kind: args.kind ?? found.config.kind, fileName: path.basename(args.input) });
  try {
    fs.writeFileSync(output, bytes);
  } catch (e) {
    err(`nianbao: ${output}: 无法写入 / cannot write: ${(e as Error).message}`);
    return 2;
  }
  err(`nianbao: 已导出 ${output} / exported ${output}`);
  return 0;
}
