// The editor snippets (snippets/nianbao.json), generated from the core templates so that they never drift
// from what the parser and the rules expect. `npm run snippets` writes the file; test/unit/snippets.test.ts
// fails when it is stale.
import { defaultIssuer, nationalTableLines, periodSentence, sectionTitle, skeletonLinesWith } from '../server/src/core/templates';
import { requiredParts } from '../server/src/core/format/parts';
import { ERA_NAMES, TABLE_NAMES } from '../server/src/core/format/names';
import { RULES } from '../server/src/core/rules/registry';
import type { Era } from '../server/src/core/model';

export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

export const SNIPPETS_FILE = 'snippets/nianbao.json';

// Stand-ins for the tab stops, put into the template text and replaced after escaping.
const ISSUER = '\u0001';
const YEAR = '\u0002';
const DATE = '\u0003';

/** Snippet syntax gives `$`, `}` and `\` a meaning; template text must not. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Numbers the stand-ins in order: the first occurrence is ${n:default}, later ones mirror it as ${n}. */
function bodyOf(lines: string[], stops: Array<[marker: string, fallback: string]> = []): string[] {
  let text = escapeSnippet(lines.join('\n'));
  stops.forEach(([marker, fallback], i) => {
    let first = true;
    text = text.split(marker).reduce((acc, part) => {
      const stop = first ? `\${${i + 1}:${escapeSnippet(fallback)}}` : `\${${i + 1}}`;
      first = false;
      return `${acc}${stop}${part}`;
    });
  });
  return `${text}$0`.split('\n');
}

const SAMPLE_YEAR: Record<Era, string> = { legacy: '2018', '2019': '2020', '2021': '2024' };

function reportSnippet(era: Era): string[] {
  const lines = skeletonLinesWith({ era, kind: 'government', year: YEAR, issuer: ISSUER, signatureDate: DATE, style: 'markdown' });
  const year = SAMPLE_YEAR[era];
  return bodyOf([...lines, ''], [[ISSUER, defaultIssuer('government')], [YEAR, year], [DATE, `${Number(year) + 1}年1月20日`]]);
}

function headingsSnippet(): string[] {
  const body: string[] = [];
  requiredParts('2021').forEach((p, i) => {
    if (i > 0) body.push('');
    body.push(p.heading, '', `\${${i + 1}}`);
  });
  body[body.length - 1] += '$0';
  return body;
}

function openingSnippet(): string[] {
  const parts = requiredParts('2021').map((p) => sectionTitle(p.topic, '2021')).join('、');
  const text =
    '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制，' +
    `全文包括${parts}。${periodSentence(YEAR)}`;
  return bodyOf([text], [[YEAR, SAMPLE_YEAR['2021']]]);
}

function disableSnippet(directive: string): string[] {
  const choices = RULES.map((r) => r.meta.id).join(',');
  return [`<!-- ${directive} \${1|${choices}|} -->$0`];
}

function tableSnippet(id: 'A' | 'B' | 'C', era: '2019' | '2021', prefixes: string[], eraNote: { zh: string; en: string }): [string, Snippet] {
  const name = TABLE_NAMES[id];
  return [
    `${name.short.zh}（${eraNote.zh}） / ${name.short.en} (${eraNote.en})`,
    {
      prefix: prefixes,
      body: bodyOf([...nationalTableLines(id, era, 'markdown'), '']),
      description: `${name.full.zh}（${eraNote.zh}，数据均为0） / ${name.full.en} (${eraNote.en}, every cell 0)`,
    },
  ];
}

/** Every snippet, keyed by its name (Chinese / English), in the order the file lists them. */
export function generatedSnippets(): Record<string, Snippet> {
  const entries: Array<[string, Snippet]> = [
    [
      '报告标题 / Report title',
      {
        prefix: ['报告标题', 'nianbao-title'],
        body: bodyOf([`${ISSUER}${YEAR}年政府信息公开工作年度报告`, ''], [[ISSUER, defaultIssuer('government')], [YEAR, SAMPLE_YEAR['2021']]]),
        description: '年度报告标题 / Title of the annual report on open government information',
      },
    ],
    [
      '编制依据 / Opening paragraph',
      {
        prefix: ['编制依据', 'nianbao-opening'],
        body: openingSnippet(),
        description: '开篇段落：编制依据、全文结构和统计期限 / Opening paragraph: legal basis, parts and statistics period',
      },
    ],
    [
      '统计期限 / Statistics period',
      {
        prefix: ['统计期限', 'nianbao-period'],
        body: bodyOf([periodSentence(YEAR)], [[YEAR, SAMPLE_YEAR['2021']]]),
        description: '统计期限说明 / The statistics period sentence',
      },
    ],
    [
      '报告框架（2021年格式） / Report skeleton (2021 format)',
      {
        prefix: ['报告框架', 'nianbao-skeleton'],
        body: headingsSnippet(),
        description: '2021年格式的六个一级标题 / The six level-1 headings of the 2021 format',
      },
    ],
    [
      '年度报告全文（2021年格式） / Whole report (2021 format)',
      {
        prefix: ['年报2021', 'nianbao-2021'],
        body: reportSnippet('2021'),
        description:
          '2021年格式年度报告全文：标题、编制依据和统计期限、六个部分、三张统计表（数据均为0）、落款；适用于2021年度及以后的报告 / ' +
          'A whole report in the 2021 format (reports for 2021 and later): title, opening with the statistics period, the six parts, the three tables (every cell 0), signature',
      },
    ],
    [
      '年度报告全文（2019年试行格式） / Whole report (2019 trial format)',
      {
        prefix: ['年报2019', 'nianbao-2019'],
        body: reportSnippet('2019'),
        description:
          '2019年试行格式年度报告全文（2019、2020年度报告）：六个部分和三张统计表，数据均为0 / ' +
          'A whole report in the 2019 trial format (reports for 2019 and 2020): the six parts and the three tables, every cell 0',
      },
    ],
    [
      '年度报告全文（2008—2018年旧格式） / Whole report (legacy format (2008–2018))',
      {
        prefix: ['2008—2018年旧格式年报', 'nianbao-legacy'],
        body: reportSnippet('legacy'),
        description:
          '2008—2018年度报告框架：按2007年《条例》第三十二条的五个部分，数字均为0 / ' +
          'A report for 2008–2018: the five parts of Art. 32 of the 2007 Regulations, every count 0',
      },
    ],
    tableSnippet('A', '2021', ['表二', 'nianbao-table-2'], ERA_NAMES['2021']),
    tableSnippet('A', '2019', ['表二2019', 'nianbao-table-2-2019'], ERA_NAMES['2019']),
    tableSnippet('B', '2021', ['表三', 'nianbao-table-3'], ERA_NAMES['2021']),
    tableSnippet('B', '2019', ['表三2019', 'nianbao-table-3-2019'], ERA_NAMES['2019']),
    tableSnippet('C', '2021', ['表四', 'nianbao-table-4'], { zh: `${ERA_NAMES['2019'].zh}、${ERA_NAMES['2021'].zh}相同`, en: `same in the ${ERA_NAMES['2019'].en} and the ${ERA_NAMES['2021'].en}` }),
    [
      '忽略下一行的检查 / Disable checks on the next line',
      {
        prefix: ['忽略下一行', 'nianbao-disable-next-line'],
        body: disableSnippet('nianbao-disable-next-line'),
        description: '下一行不检查所选规则（删去规则编号即不检查任何规则） / Switch the chosen rule off for the next line (without a rule id, every rule)',
      },
    ],
    [
      '忽略本行的检查 / Disable checks on this line',
      {
        prefix: ['忽略本行', 'nianbao-disable-line'],
        body: disableSnippet('nianbao-disable-line'),
        description: '写在行尾，本行不检查所选规则 / At the end of a line: switch the chosen rule off for this line',
      },
    ],
    [
      '忽略全文的检查 / Disable checks in the whole file',
      {
        prefix: ['忽略全文', 'nianbao-disable'],
        body: disableSnippet('nianbao-disable'),
        description: '整个文件不检查所选规则 / Switch the chosen rule off for the whole file',
      },
    ],
  ];
  return Object.fromEntries(entries);
}

/** The file's content: what `npm run snippets` writes. */
export function snippetsFileContent(): string {
  return `${JSON.stringify(generatedSnippets(), null, 2)}\n`;
}
