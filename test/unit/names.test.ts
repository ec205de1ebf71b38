// One spelling per table, era and kind (core/format/names.ts) in everything users read: the README and
// docs, snippets, the manifest and client strings, the strings of the core, the CLI and the client, and
// the findings, hovers and outlines the checker produces on the example reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  collectFindings, describeDocument, ERA_NAMES, hoverAt, KIND_NAMES, outlineOf, parseDocument, TABLE_NAMES, type OutlineNode,
} from '../../server/src/core';

const root = path.join(__dirname, '..', '..');

/** Spellings that name a table, an era or a kind in a way other than format/names. */
const WRONG: Array<[RegExp, string]> = [
  [/(?<![附图])表[A-Z一五六七八九十]/, `tables are ${Object.values(TABLE_NAMES).map((t) => t.short.zh).join('/')}`],
  [/统计表[A-Z]/, 'tables are 表二/表三/表四'],
  [/\bTables? [A-Z]\b/, `tables are ${Object.values(TABLE_NAMES).map((t) => t.short.en).join('/')}`],
  [/(?<!2008—2018年)旧格式/, `the legacy era is “${ERA_NAMES.legacy.zh}”`],
  [/(?<!2019年)试行格式|2019年格式|2019 格式|2021 格式/, `the eras are “${ERA_NAMES['2019'].zh}”, “${ERA_NAMES['2021'].zh}”`],
  [/legacy format(?! \(2008–2018\))|(?<!trial )2019 format|(?<!the )2019 \(trial\)/, `the eras are “${ERA_NAMES.legacy.en}”, “${ERA_NAMES['2019'].en}”`],
  [/(?<![人民县级上])政府部门/, `the kind is “${KIND_NAMES.department.zh}”`],
];

function violations(text: string, where: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [re, why] of WRONG) {
      const m = re.exec(line);
      if (m) out.push(`${where}:${i + 1}: “${m[0]}” — ${why}: ${line.trim().slice(0, 120)}`);
    }
  });
  return out;
}

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(rel, ext));
    else if (ext.test(e.name)) out.push(rel);
  }
  return out;
}

/** Source lines without comments: what a TypeScript file can show a user. */
function codeLines(text: string): string {
  return text
    .split('\n')
    .map((l) => (/^\s*(\/\/|\*|\/\*\*)/.test(l) ? '' : l.replace(/\s\/\/ .*$/, '')))
    .join('\n');
}

test('the documents, snippets and UI strings users read spell tables, eras and kinds one way', () => {
  const docs = ['README.md', 'examples/README.md', ...files('docs/rules', /\.md$/), 'snippets/nianbao.json', 'package.nls.json', 'package.nls.zh-cn.json', ...files('l10n', /\.json$/)];
  const code = [...files('server/src/core', /\.ts$/), ...files('client/src', /\.ts$/), ...files('cli/src', /\.ts$/), 'scripts/snippets.ts'];
  const found = [
    ...docs.flatMap((f) => violations(fs.readFileSync(path.join(root, f), 'utf8'), f)),
    ...code.flatMap((f) => violations(codeLines(fs.readFileSync(path.join(root, f), 'utf8')), f)),
  ];
  assert.deepEqual(found, []);
  assert.ok(docs.length > 20 && code.length > 60, 'the scan read the project');
});

test('what the checker says about the example reports spells them one way, in both languages', () => {
  const out: string[] = [];
  for (const name of fs.readdirSync(path.join(root, 'examples')).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')) {
    const doc = parseDocument(fs.readFileSync(path.join(root, 'examples', name), 'utf8'));
    for (const lang of ['zh', 'en'] as const) {
      const texts = collectFindings(doc).flatMap((f) => [f.message[lang], ...(f.related ?? []).map((r) => r.message[lang])]);
      texts.push(describeDocument(doc, lang));
      const walk = (n: OutlineNode): string[] => [n.name, n.detail, ...n.children.flatMap(walk)];
      texts.push(...outlineOf(doc, lang).flatMap(walk));
      for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells) texts.push(hoverAt(doc, c.start, { lang })?.markdown ?? '');
      out.push(...texts.flatMap((t) => violations(t, `${name} (${lang})`)));
      // The names themselves appear where they should: every recognized table is named by format/names.
      const outline = outlineOf(doc, lang).flatMap(walk).join('\n');
      for (const t of doc.tables) if (t.national) assert.ok(outline.includes(TABLE_NAMES[t.national.id].full[lang]), `${name}: ${TABLE_NAMES[t.national.id].full[lang]}`);
    }
  }
  assert.deepEqual(out, []);
});
