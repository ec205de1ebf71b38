// `nianbao next-year <file> [-o out]`: this year's draft from last year's report (core nextYearDraft).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localize, nextYearDraft, parseDocument } from '../../server/src/core';
import type { NextYearArgs } from './args';
import { readReport } from './files';

export async function runNextYear(args: NextYearArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const read = await readReport(args.file);
  if ('notChecked' in read) {
    err(`nianbao: ${args.file}: ${read.notChecked}`);
    return 2;
  }
  const doc = parseDocument(read.text, { fileName: path.basename(args.file) });
  const draft = nextYearDraft(doc);
  if (!draft) {
    err(`nianbao: ${args.file}: 无法确定报告年份，未生成草稿 / the report's year is not known; no draft made`);
    return 2;
  }
  for (const note of draft.notes) err(`nianbao: ${localize(note, args.lang)}`);
  if (args.output) {
    try {
      fs.writeFileSync(args.output, draft.text);
    } catch (e) {
      err(`nianbao: ${args.output}: 无法写入 / cannot write: ${(e as Error).message}`);
      return 2;
    }
    err(args.lang === 'en'
      ? `nianbao: wrote the draft of the ${draft.year} report to ${args.output}; fill in every ×× and 【请填写…】 marker`
      : `nianbao: 已生成${draft.year}年度报告草稿 ${args.output}；请填写其中所有的 ×× 和【请填写……】标记`);
  } else out(draft.text.replace(/\n$/, ''));
  return 0;
}
