// A golden check for changes that must not change what the checker says (speed work, refactoring):
//   node --import tsx scripts/golden.ts dump before.json     (on the old checkout)
//   node --import tsx scripts/golden.ts dump after.json      (on the new one)
//   node --import tsx scripts/golden.ts compare before.json after.json
// dump writes, for every .txt/.md file in examples/ and ../shared (read with and without its file name),
// the findings, the outline, the description and the hover at 60 points, and the same for all of them
// joined into one document. compare names the files whose output differs and exits 1 when one does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, describeDocument, hoverAt, outlineOf, parseDocument } from '../server/src/core';

const root = path.join(__dirname, '..');

function walk(dir: string, out: string[]): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) walk(p, out);
    else if (/\.(md|txt)$/.test(f)) out.push(p);
  }
  return out;
}

function dump(outFile: string): void {
  const result: Record<string, unknown> = {};
  const texts: string[] = [];
  const files = [...walk(path.join(root, 'examples'), []), ...walk(path.join(root, '..', 'shared'), [])];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    texts.push(text);
    const key = path.relative(path.join(root, '..'), file).replace(/^[^/\\]+[/\\](?=examples)/, '');
    for (const fileName of [path.basename(file), undefined]) {
      const doc = parseDocument(text, { fileName });
      const hovers = Array.from({ length: 60 }, (_, i) => hoverAt(doc, Math.floor((i * text.length) / 60), { lang: 'zh' }));
      result[fileName ? key : `${key} (no file name)`] = {
        findings: collectFindings(doc), outline: outlineOf(doc), describe: describeDocument(doc, 'zh'), hovers,
      };
    }
  }
  const joined = parseDocument(texts.join('\n\n'));
  result['<all joined>'] = { findings: collectFindings(joined), describe: describeDocument(joined, 'zh') };
  fs.writeFileSync(outFile, JSON.stringify(result, (_, v) => (v instanceof Map ? [...v] : v), 1));
  console.log(`${files.length} files → ${outFile}`);
}

function compare(a: string, b: string): number {
  const before = JSON.parse(fs.readFileSync(a, 'utf8')) as Record<string, unknown>;
  const after = JSON.parse(fs.readFileSync(b, 'utf8')) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const differ = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  for (const k of differ) console.log(`differs: ${k}`);
  console.log(differ.length ? `${differ.length} of ${keys.length} differ` : `all ${keys.length} identical`);
  return differ.length ? 1 : 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'dump' && args.length === 1) dump(args[0]);
else if (command === 'compare' && args.length === 2) process.exitCode = compare(args[0], args[1]);
else {
  console.error('usage: golden.ts dump <out.json> | compare <before.json> <after.json>');
  process.exitCode = 2;
}
