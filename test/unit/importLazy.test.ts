// The importers' libraries are loaded only when a file of their format is converted (import/index.ts,
// scripts/build.mjs): the bundles that start with the editor or the CLI do not contain parse5, which lives in
// dist/import/ and is loaded from there with import() on the first conversion. GB18030 is decoded by the
// runtime's TextDecoder (full ICU), so no bundle holds iconv-lite's code tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const dist = path.join(__dirname, '..', '..', 'dist');
const read = (file: string) => {
  assert.ok(fs.existsSync(path.join(dist, file)), `dist/${file} is missing: run \`npm run build\` first`);
  return fs.readFileSync(path.join(dist, file), 'utf8');
};

/** Strings only the libraries hold: an error code of parse5's tokenizer, an error message of iconv-lite. */
const PARSE5 = 'missing-doctype-name';
const ICONV = 'Encoding not recognized';

test('the server, its worker and the CLI start without parse5, which lives in its own lazily required file; iconv-lite is in no bundle', () => {
  for (const bundle of ['server.js', 'cli.js']) {
    const code = read(bundle);
    assert.ok(!code.includes(PARSE5), `${bundle} holds parse5`);
    assert.ok(!code.includes(ICONV), `${bundle} holds iconv-lite`);
  }
  assert.ok(read('import/html.js').includes(PARSE5));
  assert.ok(!read('import/html.js').includes(ICONV), 'import/html.js holds iconv-lite');
  // The server and the CLI require the HTML importer from dist/import/.
  assert.match(read('server.js'), /import\("\.\/import\/html\.js"\)/);
  assert.match(read('cli.js'), /import\("\.\/import\/html\.js"\)/);
});

test('the .vsix packs the lazily loaded importers', () => {
  const ignore = fs.readFileSync(path.join(__dirname, '..', '..', '.vscodeignore'), 'utf8');
  assert.match(ignore, /^!dist\/import\/\*\.js$/m);
});
