// snippets/nianbao.json is generated from the templates (npm run snippets); it must be up to date, and
// what each snippet inserts must read back as what it claims to be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFindings, parseDocument, RULES } from '../../server/src/core';
import { SNIPPETS_FILE, generatedSnippets, snippetsFileContent, type Snippet } from '../../scripts/snippets';
import { readShared, sharedTest } from './fixtures';
import { withoutTemplatePlaceholders } from './templatePlaceholders';

const root = path.join(__dirname, '..', '..');
const snippets = generatedSnippets();

/** A snippet's body as inserted when every tab stop keeps its default (or the given choice). */
function expand(s: Snippet, choice?: string): string {
  const values = new Map<string, string>();
  const syntax = /\\([\\$}])|\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)?\}|\$(\d+)/g;
  return s.body.join('\n').replace(syntax, (_m, escaped: string, n: string, fallback: string, choices: string, bare: string) => {
    if (escaped) return escaped;
    if (bare !== undefined) return values.get(bare) ?? '';
    let value = values.get(n);
    if (value === undefined) {
      const options = choices?.split(',');
      value = options ? (choice && options.includes(choice) ? choice : options[0]) : fallback ?? '';
      values.set(n, value);
    }
    return value;
  });
}

function byPrefix(prefix: string): Snippet {
  const s = Object.values(snippets).find((x) => x.prefix.includes(prefix));
  assert.ok(s, `a snippet with prefix ${prefix}`);
  return s;
}

test(`${SNIPPETS_FILE} matches the generator (run \`npm run snippets\` after changing templates or rules)`, () => {
  assert.equal(fs.readFileSync(path.join(root, SNIPPETS_FILE), 'utf8'), snippetsFileContent());
});

test('snippets: unique prefixes, the e2e title prefix kept, descriptions in Chinese and English, no stand-ins left', () => {
  const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
  assert.equal(new Set(prefixes).size, prefixes.length);
  for (const p of ['报告标题', 'nianbao-title', 'nianbao-2021', 'nianbao-2019', 'nianbao-legacy', '表二', '表三', '表四', '统计期限']) {
    assert.ok(prefixes.includes(p), p);
  }
  for (const [name, s] of Object.entries(snippets)) {
    assert.match(name, /[\u4e00-\u9fff].* \/ [A-Za-z]/);
    assert.match(s.description, /[\u4e00-\u9fff].* \/ [A-Za-z]/);
    assert.ok(s.body.every((l) => !/[\u0000-\u0008]/.test(l)), `${name}: no stand-in characters`);
  }
});

test('the whole-report snippets expand to clean reports of their format, with tab stops for issuer, year and date', () => {
  const cases: Array<[string, string, number, string[]]> = [
    ['nianbao-2021', '2021', 2024, ['A', 'B', 'C']],
    ['nianbao-2019', '2019', 2020, ['A', 'B', 'C']],
    ['nianbao-legacy', 'legacy', 2018, []],
  ];
  for (const [prefix, era, year, tables] of cases) {
    const s = byPrefix(prefix);
    assert.match(s.body[0], /^\$\{1:××市人民政府\}\$\{2:\d{4}\}年政府信息公开工作年度报告$/);
    assert.ok(s.body.some((l) => /^\$\{3:\d{4}年1月20日\}$/.test(l)), `${prefix}: the signature date is a tab stop`);
    const doc = parseDocument(expand(s));
    const report = doc.reports[0];
    assert.deepEqual([report.era, report.year, report.issuer?.text], [era, year, '××市人民政府']);
    assert.deepEqual(doc.tables.map((t) => t.national?.id), tables);
    assert.deepEqual(withoutTemplatePlaceholders(collectFindings(doc), doc.text).map((f) => `${f.ruleId}: ${f.message.zh}`), [], prefix);
  }
});

test('the table snippets expand to the national tables of their format', () => {
  const cases: Array<[string, 'A' | 'B' | 'C', '2019' | '2021' | undefined]> = [
    ['表二', 'A', '2021'], ['表二2019', 'A', '2019'], ['表三', 'B', '2021'], ['表三2019', 'B', '2019'], ['表四', 'C', undefined],
  ];
  for (const [prefix, id, era] of cases) {
    const doc = parseDocument(expand(byPrefix(prefix)));
    assert.equal(doc.tables.length, 1, prefix);
    assert.equal(doc.tables[0].national?.id, id, prefix);
    assert.equal(doc.tables[0].national?.era, era, prefix);
  }
  const period = parseDocument(`××市人民政府2024年政府信息公开工作年度报告\n\n${expand(byPrefix('统计期限'))}\n`).reports[0].period;
  assert.deepEqual([period?.from?.year, period?.to?.year, period?.to?.month, period?.to?.day], [2024, 2024, 12, 31]);
});

sharedTest('the disable-comment snippets offer every rule id and switch the chosen rule off', () => {
  const ids = RULES.map((r) => r.meta.id);
  const seed = readShared('seeds', '003');
  const missing = (text: string) => collectFindings(parseDocument(text)).filter((f) => f.ruleId === 'missing-section').length;
  assert.ok(missing(seed) > 0, 'seed 003 has missing-section findings to begin with');
  const title = '镇海城管局2013年政府信息公开工作总结';
  assert.ok(seed.includes(title));
  const placed: Record<string, (comment: string) => string> = {
    'nianbao-disable-next-line': (c) => seed.replace(title, `${c}\n${title}`),
    'nianbao-disable-line': (c) => seed.replace(title, `${title} ${c}`),
    'nianbao-disable': (c) => `${c}\n${seed}`,
  };
  for (const [prefix, place] of Object.entries(placed)) {
    const s = byPrefix(prefix);
    assert.equal(s.body.length, 1);
    const choices = /\$\{1\|([^|]*)\|\}/.exec(s.body[0]);
    assert.deepEqual(choices?.[1].split(','), ids, `${prefix}: every rule id as a choice`);
    const comment = expand(s, 'missing-section');
    assert.equal(comment, `<!-- ${prefix} missing-section -->`);
    assert.equal(missing(place(comment)), 0, `${prefix} switches missing-section off`);
    assert.ok(missing(place(expand(s, 'date-format'))) > 0, `${prefix} with another rule leaves missing-section on`);
  }
});

test('one completion entry per snippet and typed word: one Chinese prefix and one nianbao-… prefix each, no pinyin aliases', () => {
  for (const [name, s] of Object.entries(snippets)) {
    const latin = s.prefix.filter((p) => !/[\u4e00-\u9fff]/.test(p));
    assert.deepEqual(latin.length, 1, `${name}: ${s.prefix.join(', ')}`);
    assert.match(latin[0], /^nianbao-[a-z0-9]+(?:-[a-z0-9]+)*$/, name);
    assert.equal(s.prefix.length, 2, `${name}: ${s.prefix.join(', ')}`);
  }
});

/** The word VS Code takes at the end of `line` (the cursor there), as getWordAtText does with the language's wordPattern. */
function wordBeforeCursor(line: string, wordPattern: RegExp): string {
  let word = '';
  for (const m of line.matchAll(new RegExp(wordPattern.source, 'g'))) {
    if (m.index! <= line.length && m.index! + m[0].length === line.length) word = m[0];
  }
  return word;
}

test('the language wordPattern keeps every snippet prefix one word while it is typed, key by key', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8')) as { wordPattern?: string };
  assert.ok(config.wordPattern, 'language-configuration.json has a wordPattern');
  const pattern = new RegExp(config.wordPattern);
  for (const prefix of Object.values(snippets).flatMap((s) => s.prefix)) {
    for (const before of ['', '  ', '文字，', '（']) {
      for (let n = 1; n <= prefix.length; n++) {
        const typed = prefix.slice(0, n);
        assert.equal(wordBeforeCursor(before + typed, pattern), typed, `"${before}${typed}"`);
      }
    }
  }
  // Full-width punctuation and spaces still end a word.
  assert.equal(wordBeforeCursor('一、主动公开，共10件', pattern), '共10件');
});

test('a typed prefix is never beaten by a longer one: where one prefix begins another, the shorter sorts first', () => {
  const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
  for (const p of prefixes) {
    const candidates = prefixes.filter((q) => q.startsWith(p)).sort((a, b) => a.length - b.length || a.localeCompare(b));
    assert.equal(candidates[0], p);
    // VS Code breaks ties between equally good matches by label: the exact prefix must come first there too.
    assert.ok(candidates.every((q) => q === p || p.localeCompare(q) < 0), `${p} vs ${candidates.join(', ')}`);
  }
});

test('the manifest turns VS Code\'s Unicode highlighting off and word wrap on for nianbao documents', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.configurationDefaults?.['[nianbao]'], {
    'editor.unicodeHighlight.ambiguousCharacters': false,
    'editor.unicodeHighlight.invisibleCharacters': false,
    'editor.wordWrap': 'on',
  });
});
