// examples/README.md lists the deliberate errors of the example reports in two tables (Chinese, English)
// written from examples/expected.json, the list test/unit/examples.test.ts holds the CLI to.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../server/src/core';

export interface ExpectedFinding {
  /** A file in examples/. */
  file: string;
  /** 1-based, as the CLI prints it. */
  line: number;
  ruleId: string;
  severity: Severity;
  /** The line of the deliberate error this finding follows from, when it is not one of its own. */
  consequenceOf?: number;
  zh: string;
  en: string;
}

export const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
export const EXPECTED_FILE = path.join(EXAMPLES_DIR, 'expected.json');
export const README_FILE = path.join(EXAMPLES_DIR, 'README.md');

export function expectedFindings(): ExpectedFinding[] {
  return (JSON.parse(fs.readFileSync(EXPECTED_FILE, 'utf8')) as { findings: ExpectedFinding[] }).findings;
}

const HEADER = {
  zh: ['| 文件 | 行 | 类别 | 严重程度 | 说明 |', '|---|---|---|---|---|'],
  en: ['| File | Line | Kind | Severity | Explanation |', '|---|---|---|---|---|'],
};
const SEVERITY = {
  zh: { error: '错误', warning: '警告', information: '提示', hint: '提示' },
  en: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
};
const CONSEQUENCE = { zh: '（连带）', en: ' (consequence)' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function errorTable(findings: ExpectedFinding[], lang: 'zh' | 'en'): string[] {
  const rows = findings.map((f) => {
    const kind = f.ruleId + (f.consequenceOf === undefined ? '' : CONSEQUENCE[lang]);
    return `| ${cell(f.file)} | ${f.line} | ${kind} | ${SEVERITY[lang][f.severity]} | ${cell(f[lang])} |`;
  });
  return [...HEADER[lang], ...rows];
}

const begin = (lang: string) => `<!-- generated from expected.json by \`npm run docs\` (${lang}): do not edit by hand -->`;
const end = (lang: string) => `<!-- end of generated table (${lang}) -->`;

/** The README with both tables written anew between their markers; the prose around them is kept. */
export function withErrorTables(readme: string, findings: ExpectedFinding[]): string {
  let out = readme;
  for (const lang of ['zh', 'en'] as const) {
    const from = out.indexOf(begin(lang));
    const to = out.indexOf(end(lang));
    if (from < 0 || to < from) throw new Error(`examples/README.md lacks the markers of the ${lang} table`);
    out = out.slice(0, from) + [begin(lang), ...errorTable(findings, lang), ''].join('\n') + out.slice(to);
  }
  return out;
}
