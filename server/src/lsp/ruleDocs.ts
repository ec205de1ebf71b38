// Links from a diagnostic's code to the rule's page. The pages ship inside the extension (docs/rules),
// next to dist/server.js, so the link works offline and matches the installed version.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleById } from '../core';

const docsDir = path.join(__dirname, '..', 'docs', 'rules');
const links = new Map<string, string | undefined>();

export function ruleDocsLink(ruleId: string): string | undefined {
  if (!links.has(ruleId)) {
    const file = path.join(docsDir, `${ruleId}.md`);
    links.set(ruleId, ruleById(ruleId) && fs.existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return links.get(ruleId);
}
