// Checks across years in the CLI: after every file is checked (on this thread or in workers), the files whose
// issuer appears in more than one file are parsed again here and checked together (checkReportSet: carry-over,
// last year's pending cases, copied text, ambiguities); their results are rebuilt with those findings added.
// A file whose issuer is found once has nothing to be compared with and is not parsed again.
import { checkReportSet, type Finding } from '../../server/src/core';
import { parseFile, resultOf, type AnalyzeOptions, type FileResult, type ParsedFile } from './analyze';

export async function withCrossYear(results: FileResult[], options: AnalyzeOptions): Promise<FileResult[]> {
  const filesByKey = new Map<string, Set<number>>();
  results.forEach((r, i) => {
    if (r.notChecked !== undefined || r.binary) return;
    for (const key of r.issuerKeys ?? []) {
      const files = filesByKey.get(key) ?? new Set<number>();
      files.add(i);
      filesByKey.set(key, files);
    }
  });
  const together = new Set<number>();
  for (const files of filesByKey.values()) if (files.size > 1) for (const i of files) together.add(i);
  if (together.size < 2) return results;
  const parsed = new Map<number, ParsedFile>();
  for (const i of together) {
    const p = await parseFile(results[i].file, options);
    if (!('notChecked' in p)) parsed.set(i, p);
  }
  const uriOf = (i: number) => results[i].file;
  const entries = [...parsed].map(([i, p]) => ({ uri: uriOf(i), doc: p.doc }));
  const configs = new Map([...parsed].map(([i, p]) => [uriOf(i), p.config]));
  const across = checkReportSet(entries, (uri) => configs.get(uri) ?? {});
  return results.map((r, i) => {
    const extra: Finding[] | undefined = across.get(r.file);
    const p = parsed.get(i);
    return extra?.length && p ? { ...resultOf(r.file, p, options, extra), issuerKeys: r.issuerKeys } : r;
  });
}
