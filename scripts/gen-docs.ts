// `npm run docs`: writes docs/rules/*.md and schemas/nianbao.schema.json from the rules' metadata, and the
// tables of deliberate errors in examples/README.md from examples/expected.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs } from '../server/src/core/ruleDocs';
import { README_FILE, expectedFindings, withErrorTables } from './examplesReadme';

const root = path.join(__dirname, '..');
const dir = path.join(root, 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
const files = generatedDocs();
for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !files.has(`docs/rules/${f}`)) fs.rmSync(path.join(dir, f));
for (const [rel, content] of files) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), content);
}
fs.writeFileSync(README_FILE, withErrorTables(fs.readFileSync(README_FILE, 'utf8'), expectedFindings()));
console.log(`wrote ${files.size} files (docs/rules, schemas) and the tables of examples/README.md`);
