// `nianbao outline`: prints what the parser understood, so a user can see why a check did or didn't fire.
import * as path from 'node:path';
import { describeDocument, parseDocument } from '../../server/src/core';
import type { OutlineArgs } from './args';
import { forEachReport } from './files';
import { configFor } from '../../server/src/node/configFile';

export function runOutline(args: OutlineArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  return forEachReport(args.paths, err, (file, text) => {
    const found = configFor(file);
    const doc = parseDocument(text, { era: args.era ?? found.config.era, kind: args.kind ?? found.config.kind, fileName: path.basename(file) });
    out(`== ${file}${found.file ? `  (${found.file})` : ''}`);
    const description = describeDocument(doc, args.lang);
    if (description) out(description);
    return doc;
  });
}
