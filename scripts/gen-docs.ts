// `npm run docs`: writes docs/rules/*.md and schemas/nianbao.schema.json from the rules' metadata.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs } from '../server/src/core/ruleDocs';

const root = path.join(__dirname, '..');
const dir = path.join(root, 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
const files = generatedDocs();
for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !files.has(`docs/rules/${f}`)) fs.rmSync(path.join(dir, f));
for (const [rel, content] of files) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), content);
}
console.log(`wrote ${files.size} files (docs/rules, schemas)`);
