// `npm run snippets`: writes snippets/nianbao.json from the core templates (see scripts/snippets.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SNIPPETS_FILE, generatedSnippets, snippetsFileContent } from './snippets';

fs.writeFileSync(path.join(__dirname, '..', SNIPPETS_FILE), snippetsFileContent());
console.log(`wrote ${SNIPPETS_FILE} (${Object.keys(generatedSnippets()).length} snippets)`);
