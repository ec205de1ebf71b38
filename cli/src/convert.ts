// `nianbao convert`: the checkable Markdown of a web page (or of a text file in another encoding), the text
// that `check` reads, written as UTF-8 to a file or to stdout.
import * as fs from 'node:fs';
import type { ConvertArgs } from './args';
import { readReport } from './files';

export async function runConvert(args: ConvertArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const read = await readReport(args.file);
  if ('notChecked' in read) {
    err(`nianbao: ${args.file}: ${read.notChecked}`);
    return 2;
  }
  for (const note of read.result?.notes ?? []) err(`nianbao: ${args.file}: ${note.zh} / ${note.en}`);
  const text = read.text.endsWith('\n') ? read.text : `${read.text}\n`;
  if (read.truncated) err(`nianbao: ${args.file}: 文件过大，只转换了开头部分 / file too large; only its beginning was converted`);
  if (args.output === undefined) {
    out(text.slice(0, -1));
    return 0;
  }
  try {
    fs.writeFileSync(args.output, text);
  } catch (e) {
    err(`nianbao: ${args.output}: 无法写入 / cannot write: ${(e as Error).message}`);
    return 2;
  }
  return 0;
}
