// What the parser could not make sense of in a table, said to the user instead of silently ignored.
import type { ParseProblem, Table } from '../model';
import { TABLE_B_ROWS, TABLE_C_COLUMNS } from '../format/tableLabels';
import { TABLE_NAMES } from '../format/names';

const NAMES = { A: TABLE_NAMES.A.full, B: TABLE_NAMES.B.full, C: TABLE_NAMES.C.full };

export function tableProblems(table: Table): ParseProblem[] {
  const out: ParseProblem[] = [];
  const n = table.national;
  const head = { start: table.start, end: table.rows[0]?.end ?? table.end };
  if (!n) {
    // Rebuilt tables say what could not be rebuilt themselves (flatTables.ts).
    if (table.format === 'lines' || table.format === 'spaced') return out;
    const words = table.rows.map((r) => r.cells.map((c) => c.text).join('')).join('');
    if (/本年新收|上年结转|结转下年度|予以公开/.test(words) || (/行政复议/.test(words) && /结果维持/.test(words))) {
      out.push({
        // A copied table without its frame is often cut or flattened: said, not warned.
        ...head, code: 'table-unreadable', severity: table.format === 'unframed' ? 'information' : 'warning',
        message: {
          zh: '这个表格像是国家统一格式的统计表，但无法识别它的行和列，因此没有检查其中的数字。请核对表头和行名是否与统一格式一致。',
          en: 'This table looks like one of the national statistics tables, but its rows and columns could not be recognized, so its numbers were not checked. Compare its headers and row labels with the national format.',
        },
      });
    }
    return out;
  }
  if (n.columns.length === 0) {
    out.push({
      ...head, code: 'table-unreadable', severity: 'warning',
      message: {
        zh: `识别出${NAMES[n.id].zh}，但无法确定各列对应的统计项，因此没有检查其中的数字。`,
        en: `Recognized ${NAMES[n.id].en}, but could not tell which column is which, so its numbers were not checked.`,
      },
    });
  }
  if (n.id === 'B') {
    const have = new Set(n.rows.map((r) => r.id));
    const expected = TABLE_B_ROWS.filter((r) => !r.era || r.era === (n.era ?? '2021'));
    const missing = expected.filter((r) => !have.has(r.id));
    const lastPresent = expected.reduce((at, r, k) => (have.has(r.id) ? k : at), -1);
    if (missing.length > 0 && lastPresent >= 0 && missing.every((r) => expected.indexOf(r) > lastPresent)) {
      // Everything after one row is missing: the table breaks off there (a cut page), whatever the era.
      const at = expected[lastPresent];
      out.push({
        ...head, code: 'table-incomplete', severity: 'information',
        message: {
          zh: `${NAMES.B.zh}在第 ${at.id} 行之后中断，其后各行缺失（可能被截断）。缺少的行不参与核算。`,
          en: `${NAMES.B.en} breaks off after row ${at.id}; the rows after it are missing (perhaps cut off). Missing rows are left out of the arithmetic.`,
        },
      });
    } else if (missing.length > 0 && missing.length < expected.length) {
      const list = missing.map((r) => `${r.id}（${r.label.replace(/^[\d.（）一二三四五六七、]+/, '').slice(0, 12)}）`).join('、');
      out.push({
        ...head, code: 'table-incomplete', severity: 'information',
        message: {
          zh: `${NAMES.B.zh}缺少 ${missing.length} 行：${list}。缺少的行不参与核算。`,
          en: `${NAMES.B.en} lacks ${missing.length} row(s): ${missing.map((r) => r.id).join(', ')}. Missing rows are left out of the arithmetic.`,
        },
      });
    }
  }
  if (n.id === 'C') {
    const cells = n.rows[0]?.cells.size ?? 0;
    if (cells > 0 && cells < TABLE_C_COLUMNS.length) {
      out.push({
        ...head, code: 'table-incomplete', severity: 'information',
        message: {
          zh: `${NAMES.C.zh}应有 15 个数据格，这里只找到 ${cells} 个。`,
          en: `${NAMES.C.en} should have 15 data cells; only ${cells} were found.`,
        },
      });
    }
  }
  const partial = n.partialRows ?? [];
  if (partial.length && !(table.format === 'lines' || table.format === 'spaced') || (table.openEnd && partial.length)) {
    const first = partial[0];
    out.push({
      start: first.start, end: first.end, code: 'table-incomplete', severity: 'information',
      message: table.openEnd && partial.includes(table.rows[table.rows.length - 1])
        ? {
          zh: `文本在${NAMES[n.id].zh}的这一行中断，这一行可能不完整，没有参与核算。`,
          en: `The text stops inside this row of ${NAMES[n.id].en}; the row may be incomplete and was left out of the arithmetic.`,
        }
        : {
          zh: `${NAMES[n.id].zh}有 ${partial.length} 行的数字个数与表格的列数不符（可能不完整），这些行没有参与核算。`,
          en: `${partial.length} row(s) of ${NAMES[n.id].en} do not have one figure per column (perhaps cut short); they were left out of the arithmetic.`,
        },
    });
  }
  for (const row of n.unknownRows) {
    if (!row.cells.some((c) => c.kind === 'number')) continue;
    out.push({
      start: row.start, end: row.end, code: 'table-unreadable', severity: 'information',
      message: {
        zh: `无法把这一行对应到${NAMES[n.id].zh}的任何一行，其中的数字没有参与核算。`,
        en: `This row matches no row of ${NAMES[n.id].en}; its numbers were left out of the arithmetic.`,
      },
    });
  }
  return out;
}
