// Rule documentation pages, generated from the rules' metadata (never written by hand).
import type { ExampleContext, RuleExample, RuleMeta } from './rules/types';
import { RULES } from './rules/registry';
import { configSchema } from './config';
import { defaultIssuer } from './templates/report';

const SEVERITY = { error: '错误 error', warning: '警告 warning', information: '提示 information', hint: '提示 hint' } as const;
const FIX = { none: '无 none', safe: '安全，可自动修复 safe', unsafe: '需确认后修复 unsafe (offered, never applied automatically)' } as const;
const CATEGORY = {
  structure: '结构 structure', tables: '统计表 tables', numbers: '数字 numbers', dates: '日期 dates', citations: '引用 citations', punctuation: '标点 punctuation', parser: '解析 parser',
} as const;

export function rulePage(meta: RuleMeta): string {
  const d = meta.doc;
  const lines = [
    `# ${meta.id}：${meta.title.zh}`,
    '',
    `*${meta.title.en}*`,
    '',
    '| 规则 id | 类别 | 默认严重程度 | 修复 |',
    '|---|---|---|---|',
    `| \`${meta.id}\` | ${CATEGORY[meta.category]} | ${SEVERITY[meta.defaultSeverity]} | ${FIX[meta.fix]} |`,
    '',
    '## 检查什么 / What it checks',
    '',
    d.what.zh,
    '',
    d.what.en,
    '',
    '## 为什么 / Why',
    '',
    d.why.zh,
    '',
    d.why.en,
    '',
  ];
  if (d.example) lines.push(...exampleSection(d.example));
  lines.push('## 依据 / Basis', '', d.basis.zh, '', d.basis.en, '');
  lines.push(
    '## 关闭或调整 / Configure',
    '',
    `VS Code 设置或 \`.nianbao.json\` 中的 \`"rules": { "${meta.id}": "off" }\` 关闭此规则，改为 \`"warning"\` 等调整严重程度。`,
    '',
    `*Switch it off with \`"rules": { "${meta.id}": "off" }\` or change its severity.*`,
    '',
  );
  return lines.join('\n');
}

function exampleSection(example: RuleExample): string[] {
  const lines = ['## 示例 / Example', '', '错误 / Wrong:', '', '```text', example.wrong, '```', '', '正确 / Right:', '', '```text', example.right, '```', ''];
  if (example.note) lines.push(`说明：${example.note.zh}`, '', `*Note: ${example.note.en}*`, '');
  if (example.context) lines.push(...contextLines(example.context));
  return lines;
}

/** Says where an excerpt is checked, so that a reader can rebuild the document (the test builds the same one). */
function contextLines(c: ExampleContext): string[] {
  const title = `${defaultIssuer(c.kind)}${c.year}年政府信息公开工作年度报告`;
  const where = c.replacesLine === undefined
    ? { zh: '作为标题后的一段', en: 'as a paragraph after its title' }
    : { zh: `替换其中含“${c.replacesLine}”的一行`, en: `in place of its line containing “${c.replacesLine}”` };
  const also = c.alsoChanged ?? [];
  const lines = [
    `以上为摘录。检查时放在报告框架“${title}”（各法定部分齐全，统计表数字均为0）中，${where.zh}${also.length ? '；框架中以下各行也改为：' : '。'}`,
    '',
    `*An excerpt, checked inside the report skeleton “${title}” (every required part, tables of zeros), ${where.en}${also.length ? '; these lines of the skeleton also read:' : '.'}*`,
    '',
  ];
  if (also.length) lines.push('```text', ...also.map((a) => a.text), '```', '');
  return lines;
}

export function rulesIndex(): string {
  const rows = RULES.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.title.zh} | ${r.meta.title.en} | ${SEVERITY[r.meta.defaultSeverity]} |`);
  return ['# 规则一览 / Rules', '', '本目录由 `npm run docs` 根据各规则的元数据生成，请勿手工编辑。', '', '*Generated from the rules\' metadata by `npm run docs`; do not edit by hand.*', '', '| 规则 | 说明 | Description | 默认 |', '|---|---|---|---|', ...rows, ''].join('\n');
}

/** Every generated file: relative path → content. */
export function generatedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('docs/rules/README.md', rulesIndex());
  for (const r of RULES) files.set(`docs/rules/${r.meta.id}.md`, rulePage(r.meta));
  files.set('schemas/nianbao.schema.json', JSON.stringify(configSchema(RULES.map((r) => r.meta)), null, 2) + '\n');
  return files;
}
