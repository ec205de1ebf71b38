// prose-table-mismatch: a figure in the text that names a Table B/C quantity ("共收到政府信息公开申请132件",
// "上年结转6件", "予以公开61件", "行政复议7件", "均获维持") differs from the table. The table is the reference.
import type { Cell, NationalTable, NumberMention, Report, ReportDocument } from '../model';
import { TABLE_B_ROWS, TABLE_C_GROUPS, TABLE_C_OUTCOMES, TABLE_C_ROW_ID } from '../format/tableLabels';
import { breakdownsOf, clauseEnd, clauseStart, mentionsIn, numbersIn, paragraphsOf, written } from '../analysis/breakdowns';
import { cellName, fmt, isFilled, TABLE_B_APPLICANT_COLUMNS, valueOf } from '../analysis/tableCells';
import { TABLE_NAMES } from '../format/names';
import { matchesOf } from '../text/matches';
import { firstStartingAt } from '../text/search';
import { remembered } from '../memo';
import type { Rule, RuleContext } from './types';

type CGroup = '行政复议' | '未经复议直接起诉' | '复议后起诉';
type COutcome = (typeof TABLE_C_OUTCOMES)[number];

/** What a prose figure stands for. */
type Quantity =
  | { table: 'B'; rows: string[]; name: { zh: string; en: string }; kind: 'total' | 'outcome' }
  | { table: 'C'; groups: CGroup[]; outcome: COutcome; name: { zh: string; en: string } };

const LITIGATION: CGroup[] = ['未经复议直接起诉', '复议后起诉'];

/** Trailing words that do not change what is counted: "予以公开答复966件", "予以公开的申请12件", "共". */
const FILLER = '(?:答复|的|申请|政府信息公开申请|共计|共|合计|为|达|数量|数)*';
const END = (body: string) => new RegExp(`(?:${body})${FILLER}$`);

/** B rows by what the text calls them. Order matters: the longer phrase first. */
const B_OUTCOMES: Array<[RegExp, string[], string, string]> = [
  [END('(?:予以公开|同意公开|全部公开)(?:及|和|与|、|或)部分公开'), ['三（一）', '三（二）'], '“（一）予以公开”与“（二）部分公开”之和', '（一）予以公开 + （二）部分公开'],
  [END('(?:予以公开|同意公开|全部公开)'), ['三（一）'], '“（一）予以公开”', '（一）予以公开'],
  [END('部分公开'), ['三（二）'], '“（二）部分公开”', '（二）部分公开'],
  [END('不予公开'), ['三（三）'], '“（三）不予公开”各项之和', '（三）不予公开 (all items)'],
  [END('无法提供'), ['三（四）'], '“（四）无法提供”各项之和', '（四）无法提供 (all items)'],
  [END('不予处理'), ['三（五）'], '“（五）不予处理”各项之和', '（五）不予处理 (all items)'],
  [END('其他处理'), ['三（六）'], '“（六）其他处理”', '（六）其他处理'],
];

const NEXT_YEAR = /(?:结转|顺延|转入|延续)(?:到|至)?下一?年度?/;
const LAST_YEAR_CARRIED = /(?:上一?年度?|去年)结转[^，。；;\d]{0,10}$/;
const ANSWERED = /(?:(?:答复|办结|办理完毕|处理完毕|作出答复)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共计|共|合计)?(?:为)?$|共(?:答复|办结)[^，。；;\d]{0,12}$)/;
const RECEIVED = /(?:受理|收到|接收|新收|接到)[^，。；;\d]{0,20}$/;
/** The figure is about another period or a comparison, not this year's table. */
const OTHER_PERIOD = /上一?年(?!度?结转)|去年|前年|较|同比|环比|比上年/;
/** The subject may cover a different scope than the table: an office acting for the government, a whole area. */
const SCOPE = /代表|全市|全区|全县|全省|全州|全盟|全旗|全镇|全乡|各部门|各单位|各地|各级|系统内/;

const C_REVIEW = END('(?:行政)?复议(?:案件|申请)?');
const C_AFTER = /复议后(?:起诉|提起(?:行政)?诉讼)[^，。；;\d]{0,6}$/;
const C_DIRECT = /(?:未经复议|直接)(?:起诉|提起(?:行政)?诉讼)[^，。；;\d]{0,6}$/;
const C_LITIGATION = END('(?:行政)?诉讼(?:案件)?');
const C_BOTH = /复议[、和及与]\s*(?:行政)?诉讼[^，。；;\d]{0,6}$/;
const C_OUTCOME: Array<[RegExp, COutcome]> = [
  [/(?:结果)?维持$/, '结果维持'],
  [/(?:结果)?纠正$/, '结果纠正'],
  [/其他结果$/, '其他结果'],
  [/(?:尚未审结|未审结|审理中|正在审理)$/, '尚未审结'],
];
const ALL_UPHELD = /均(?:获|被|予以|予|得到)?维持|全部(?:被|获|予以)?维持/g;

const B_NAMES: Record<string, { zh: string; en: string }> = {
  一: { zh: '“一、本年新收政府信息公开申请数量”', en: '一 (received this year)' },
  二: { zh: '“二、上年结转政府信息公开申请数量”', en: '二 (carried over from last year)' },
  '三（七）': { zh: '“（七）总计”', en: '（七）总计 (handled)' },
  四: { zh: '“四、结转下年度继续办理”', en: '四 (carried over to next year)' },
};

function bTotal(row: string): Quantity {
  return { table: 'B', rows: [row], name: B_NAMES[row], kind: 'total' };
}

/** Reads what a count stands for from the words before it (and, for 结转下年度, after it). */
function quantityOf(lead: string, tail: string): Quantity | undefined {
  // Each family of patterns needs words a lead without them cannot match: most leads skip most patterns.
  const carried = lead.includes('结转') || lead.includes('顺延') || lead.includes('转入');
  if (NEXT_YEAR.test(tail) || (carried && /(?:结转|顺延|转入)(?:到|至)?下一?年度?(?:继续)?(?:办理|答复)?[^，。；;\d]{0,4}$/.test(lead))) return bTotal('四');
  if (carried && LAST_YEAR_CARRIED.test(lead)) return bTotal('二');
  if (lead.includes('复议') || lead.includes('诉讼') || lead.includes('起诉')) {
    if (C_BOTH.test(lead)) return undefined;
    if (C_AFTER.test(lead)) return { table: 'C', groups: ['复议后起诉'], outcome: '总计', name: { zh: '“行政诉讼 / 复议后起诉”的总计', en: 'the 总计 of 复议后起诉' } };
    if (C_DIRECT.test(lead)) return { table: 'C', groups: ['未经复议直接起诉'], outcome: '总计', name: { zh: '“行政诉讼 / 未经复议直接起诉”的总计', en: 'the 总计 of 未经复议直接起诉' } };
    if (C_LITIGATION.test(lead)) return { table: 'C', groups: LITIGATION, outcome: '总计', name: { zh: '行政诉讼两组（未经复议直接起诉、复议后起诉）总计之和', en: 'the 总计 of both litigation groups' } };
    if (C_REVIEW.test(lead)) return { table: 'C', groups: ['行政复议'], outcome: '总计', name: { zh: '“行政复议”的总计', en: 'the 总计 of 行政复议' } };
  }
  if (lead.includes('公开') || lead.includes('提供') || lead.includes('处理')) {
    for (const [re, rows, zh, en] of B_OUTCOMES) if (re.test(lead)) return { table: 'B', rows, name: { zh, en }, kind: 'outcome' };
  }
  if (ANSWERED.test(lead) && !/予以|不予|部分|无法/.test(lead)) return bTotal('三（七）');
  if (RECEIVED.test(lead) && /申请/.test(lead) && !/结转|答复|办结/.test(lead)) return bTotal('一');
  return undefined;
}

interface TableValue {
  /** The value the table gives, and other readings of it (a row's 总计 vs the sum of its applicant cells). */
  value: number;
  alternatives: number[];
  cells: Cell[];
  /** Single rows of a group with their values ("1.本机关不掌握相关政府信息" = 265). */
  leaves: Array<{ id: string; value: number; cells: Cell[] }>;
}

/** The leaf rows a row id stands for: 三（三） → 三（三）1 … 8; 三（六） → the 2019 row or the 2021 rows. */
function leafIds(b: NationalTable, id: string): string[] {
  return rememberedById(LEAF_IDS, b, id, computeLeafIds);
}

function rowValue(b: NationalTable, id: string): RowValue | undefined {
  return rememberedById(ROW_VALUES, b, id, computeRowValue);
}

type RowValue = { value: number; applicants?: number; total?: number; cells: Cell[] };
/** The table's memo slots of leafIds, rowValue and bValue (memo.ts): a map by row id or ids in each. */
const LEAF_IDS = Symbol('leafIds');
const ROW_VALUES = Symbol('rowValues');
const B_VALUES = Symbol('bValues');

/** `compute(b, id)` once per parsed table and id: every count in the prose asks for the same few rows. */
function rememberedById<T>(slot: symbol, b: NationalTable, id: string, compute: (b: NationalTable, id: string) => T): T {
  const byId = remembered(b, slot, () => new Map<string, T>());
  if (!byId.has(id)) byId.set(id, compute(b, id));
  return byId.get(id)!;
}

function computeLeafIds(b: NationalTable, id: string): string[] {
  const sub = b.rows.filter((r) => r.id.startsWith(id) && /^\d$/.test(r.id.slice(id.length))).map((r) => r.id);
  if (sub.length) return sub;
  return b.rows.some((r) => r.id === id) ? [id] : [];
}

function computeRowValue(b: NationalTable, id: string): RowValue | undefined {
  const total = b.cell(id, '总计');
  const applicants = TABLE_B_APPLICANT_COLUMNS.map((c) => b.cell(id, c)).filter((c): c is Cell => !!c);
  const anyApplicant = applicants.some(isFilled);
  if (!isFilled(total) && !anyApplicant) return undefined;
  const applicantSum = anyApplicant ? applicants.reduce((a, c) => a + valueOf(c), 0) : undefined;
  const cells = isFilled(total) ? [total!] : applicants.filter(isFilled);
  return { value: isFilled(total) ? valueOf(total) : applicantSum!, applicants: applicantSum, total: isFilled(total) ? valueOf(total) : undefined, cells };
}

/** bValue once per parsed table and set of rows: several counts in the prose name the same rows. */
function bValue(b: NationalTable, rows: string[]): TableValue | undefined {
  return rememberedById(B_VALUES, b, rows.join('+'), (t) => computeBValue(t, rows));
}

function computeBValue(b: NationalTable, rows: string[]): TableValue | undefined {
  const ids = rows.flatMap((r) => leafIds(b, r));
  if (!ids.length || ids.length < rows.length) return undefined;
  const values = ids.map((id) => ({ id, v: rowValue(b, id) }));
  const known = values.filter((x) => x.v);
  if (!known.length) return undefined; // every cell blank: the table says nothing (blank-cell tells)
  const value = known.reduce((a, x) => a + x.v!.value, 0);
  const alternatives: number[] = [];
  if (known.every((x) => x.v!.applicants !== undefined)) alternatives.push(known.reduce((a, x) => a + x.v!.applicants!, 0));
  if (known.every((x) => x.v!.total !== undefined)) alternatives.push(known.reduce((a, x) => a + x.v!.total!, 0));
  return {
    value,
    alternatives,
    cells: known.flatMap((x) => x.v!.cells),
    leaves: known.length > 1 ? known.map((x) => ({ id: x.id, value: x.v!.value, cells: x.v!.cells })) : [],
  };
}

/** The outcomes of a Table C group other than its 总计. */
const C_PARTS = TABLE_C_OUTCOMES.filter((o) => o !== '总计');
/** Table C's column ids by group and outcome ("行政复议/结果维持"), made once: cell() looks them up by the string. */
const C_COLUMN_IDS = Object.fromEntries(
  TABLE_C_GROUPS.map((g) => [g, Object.fromEntries(TABLE_C_OUTCOMES.map((o) => [o, `${g}/${o}`]))]),
) as Record<CGroup, Record<COutcome, string>>;

function cColumn(group: CGroup, outcome: COutcome): string {
  return C_COLUMN_IDS[group][outcome];
}

function cValue(c: NationalTable, groups: CGroup[], outcome: COutcome): TableValue | undefined {
  let value = 0;
  let any = false;
  const cells: Cell[] = [];
  for (const g of groups) {
    const cell = c.cell(TABLE_C_ROW_ID, cColumn(g, outcome));
    if (isFilled(cell)) {
      value += valueOf(cell);
      cells.push(cell!);
      any = true;
    } else if (outcome === '总计') {
      // A blank 总计: the sum of the group's outcomes, when some are filled.
      const parts = C_PARTS.map((o) => c.cell(TABLE_C_ROW_ID, cColumn(g, o))).filter(isFilled);
      if (parts.length) {
        value += parts.reduce((a, x) => a + valueOf(x), 0);
        cells.push(...(parts as Cell[]));
        any = true;
      }
    }
  }
  return any ? { value, alternatives: [], cells, leaves: [] } : undefined;
}

const SPACE = /\s/;
/** `s` without its white space (most leads have none: no copy then). */
function withoutSpaces(s: string): string {
  return SPACE.test(s) ? s.replace(/\s+/g, '') : s;
}

function tablesOf(report: Report): { B?: NationalTable; C?: NationalTable } {
  const out: { B?: NationalTable; C?: NationalTable } = {};
  for (const t of report.tables) {
    const n = t.national;
    if (n?.id === 'B' && !out.B) out.B = n;
    if (n?.id === 'C' && !out.C) out.C = n;
  }
  return out;
}

function leafLabel(id: string): string {
  const def = TABLE_B_ROWS.find((r) => r.id === id);
  return def ? def.label : id;
}

interface Mention {
  n: NumberMention;
  q: Quantity;
  /** The words before the figure, as written (quoted in messages). */
  lead: string;
}

function relatedCells(table: NationalTable, cells: Cell[]) {
  return cells.slice(0, 10).map((c) => ({ start: c.start, end: c.end, message: { zh: `表中：${cellName(table, c)} = ${c.text}`, en: `table: ${cellName(table, c)} = ${c.text}` } }));
}

function checkMention(ctx: RuleContext, tables: { B?: NationalTable; C?: NationalTable }, m: Mention, beforeStart: number): void {
  const { doc } = ctx;
  const table = m.q.table === 'B' ? tables.B : tables.C;
  if (!table) return;
  const tv = m.q.table === 'B' ? bValue(table, m.q.rows) : cValue(table, m.q.groups, m.q.outcome);
  if (!tv) return;
  const stated = m.n.value;
  if (stated === tv.value || tv.alternatives.includes(stated)) return;
  const tableName = TABLE_NAMES[m.q.table].short.zh;
  const tableEn = TABLE_NAMES[m.q.table].short.en;
  const phrase = `${m.lead}${written(doc, m.n)}`;
  const diff = fmt(Math.abs(stated - tv.value));
  const leaf = tv.leaves.find((l) => l.value === stated);
  const found = SCOPE.exec(doc.matchText.slice(beforeStart, m.n.start));
  const scope = found ? doc.text.substr(beforeStart + found.index, found[0].length) : undefined;
  if (leaf) {
    ctx.report({
      start: m.n.start,
      end: m.n.end,
      severity: 'information',
      message: {
        zh: `正文“${phrase}”只等于${tableName}“${leafLabel(leaf.id)}”一行（${fmt(leaf.value)}），而${tableName}${m.q.name.zh}为 ${fmt(tv.value)}。若指全部${m.q.name.zh.replace(/[“”]|各项之和/g, '').replace(/^（.）/, '')}的申请，应为 ${fmt(tv.value)}；若只指这一项，请在文中写明。`,
        en: `The text "${phrase}" equals only the row ${leafLabel(leaf.id)} of ${tableEn} (${fmt(leaf.value)}); ${m.q.name.en} is ${fmt(tv.value)}. If all of them are meant, it should read ${fmt(tv.value)}; if only that row, say so.`,
      },
      related: relatedCells(table, tv.cells),
    });
    return;
  }
  if (scope) {
    ctx.report({
      start: m.n.start,
      end: m.n.end,
      severity: 'information',
      message: {
        zh: `正文“${phrase}”与${tableName}${m.q.name.zh}（${fmt(tv.value)}）不同。句中的“${scope}”说明正文所说的范围可能与统计表不同；若如此，请写明口径，否则请以表为准核对这个数字。`,
        en: `The text "${phrase}" differs from ${m.q.name.en} in ${tableEn} (${fmt(tv.value)}). The sentence says "${scope}", so it may cover a different scope than the table; if so, say so, otherwise check the figure against the table.`,
      },
      related: relatedCells(table, tv.cells),
    });
    return;
  }
  ctx.report({
    start: m.n.start,
    end: m.n.end,
    message: {
      zh: `正文“${phrase}”与${tableName}不符：${tableName}${m.q.name.zh}为 ${fmt(tv.value)}，正文写 ${fmt(stated)}，比表${stated > tv.value ? '多' : '少'} ${diff}。正文与统计表说的是同一个数，不一致时读者无法判断哪个正确；请以表为准核对正文，或核对表格。`,
      en: `The text "${phrase}" disagrees with ${tableEn}: ${m.q.name.en} is ${fmt(tv.value)} there, the text says ${fmt(stated)}, ${diff} ${stated > tv.value ? 'more' : 'less'}. Text and table state the same figure; check the text against the table, or the table.`,
    },
    related: relatedCells(table, tv.cells),
  });
}

/** "行政复议7件，诉讼9件，均获维持": every group named before must have 结果维持 = 总计. */
function checkAllUpheld(ctx: RuleContext, c: NationalTable, sentenceStart: number, sentenceEnd: number, mentions: Mention[]): void {
  // Only a review or litigation total named before the words can contradict them.
  if (!mentions.some((x) => x.q.table === 'C' && x.q.outcome === '总计')) return;
  const { doc } = ctx;
  for (const m of matchesOf(ALL_UPHELD, doc.matchText.slice(sentenceStart, sentenceEnd))) {
    const at = sentenceStart + m.index!;
    const said = doc.text.slice(at, at + m[0].length);
    const named = mentions.filter((x) => x.n.end <= at).map((x) => x.q).filter((q): q is Extract<Quantity, { table: 'C' }> => q.table === 'C' && q.outcome === '总计');
    if (!named.length) continue;
    const zh: string[] = [];
    const en: string[] = [];
    const cells: Cell[] = [];
    for (const q of named) {
      const others = TABLE_C_OUTCOMES.filter((o) => o !== '总计' && o !== '结果维持')
        .map((o) => ({ o, v: cValue(c, q.groups, o) }))
        .filter((y) => y.v && y.v.value > 0);
      if (!others.length) continue;
      const upheld = cValue(c, q.groups, '结果维持')?.value ?? 0;
      const name = q.groups.length > 1 ? '行政诉讼' : q.groups[0];
      zh.push(`${name}结果维持 ${fmt(upheld)} 件，${others.map((y) => `${y.o} ${fmt(y.v!.value)} 件`).join('，')}`);
      en.push(`${name}: 结果维持 ${fmt(upheld)}, ${others.map((y) => `${y.o} ${fmt(y.v!.value)}`).join(', ')}`);
      cells.push(...others.flatMap((y) => y.v!.cells));
    }
    if (!zh.length) continue;
    ctx.report({
      start: at,
      end: at + m[0].length,
      message: {
        zh: `正文称“${said}”，但表四显示：${zh.join('；')}。尚未审结或被纠正的案件不能说“均获维持”；请按表四改写，或核对表四。`,
        en: `The text says "${said}" (all upheld), but Table 4 shows ${en.join('; ')}. Cases still pending or corrected are not upheld; rewrite the sentence after Table 4, or check the table.`,
      },
      related: relatedCells(c, cells),
    });
  }
}

/**
 * The counts in 件 inside [start, end), or undefined when there are none: most sentences have none, and
 * no array is made for them.
 */
function countsOfCases(doc: ReportDocument, start: number, end: number): NumberMention[] | undefined {
  let out: NumberMention[] | undefined;
  const numbers = doc.numbers;
  for (let i = firstStartingAt(numbers, start); i < numbers.length && numbers[i].start < end; i++) {
    const n = numbers[i];
    if (n.end <= end && n.unit === '件') (out ??= []).push(n);
  }
  return out;
}

/** Where the sentence names a year other than the report's ("2021年共收到…"): figures after it are of another period. */
function otherYearAt(doc: ReportDocument, report: Report, from: number, to: number): number {
  if (report.year === undefined) return Infinity;
  const d = mentionsIn(doc.dates, from, to).find((x) => x.role === 'body' && x.year !== undefined && x.year !== report.year);
  return d ? d.end : Infinity;
}

export const proseTableMismatch: Rule = {
  meta: {
    id: 'prose-table-mismatch',
    category: 'numbers',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '正文数字与统计表不符', en: 'A figure in the text differs from the table' },
    doc: {
      what: {
        zh: '在有统一格式表三、表四的报告中，检查正文里说到表中某一项的数字：“共收到（受理）政府信息公开申请N件”对表三“一、本年新收”总计，“上年结转N件”对“二、上年结转”，“答复（办结）N件”对“（七）总计”，“N件结转（顺延）到下年度”对“四、结转下年度继续办理”，“予以公开N件”“部分公开”“不予公开”“无法提供”“不予处理”“其他处理”对相应的行，“行政复议N件”“行政诉讼N件”及其结果维持、纠正等对表四，“均获维持”对表四各组的结果。以表为准。句中有“代表”“全市”“各部门”等说明范围可能不同的词，或数字只等于该类中的某一小项时，只作提示。',
        en: 'In reports with the national Tables 3 and 4, checks figures in the text that name a table quantity: applications received ("共收到/受理政府信息公开申请N件") against Table 3 row 一, carried over from last year against 二, answered/closed against （七）总计, carried over to next year against 四, 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理 against their rows, 行政复议 and 行政诉讼 counts and outcomes against Table 4, and "均获维持" (all upheld) against Table 4\'s outcomes. The table is the reference. When the sentence suggests a different scope (代表, 全市, 各部门 …) or the figure equals a single item of the category, only an information note is given.',
      },
      why: {
        zh: '正文和统计表说的是同一个数，不一致时读者无法判断哪个正确；国务院办公厅要求年报数据“确保逻辑关系对应一致”。',
        en: 'Text and table state the same figure; when they differ, readers cannot tell which is right. The State Council office asks that the reports\' figures be consistent.',
      },
      example: {
        wrong: '本年度共收到政府信息公开申请132件。',
        right: '本年度共收到政府信息公开申请128件。',
        note: { zh: '表三“一、本年新收政府信息公开申请数量”总计为128。', en: 'Table 3 row 一 (applications received this year) has 总计 128.' },
        context: {
          kind: 'government',
          year: 2023,
          alsoChanged: [{ line: '一、本年新收政府信息公开申请数量', text: '| 一、本年新收政府信息公开申请数量 | | | 128 | 0 | 0 | 0 | 0 | 0 | 128 |' }],
        },
      },
      basis: {
        zh: '国务院办公厅政府信息与政务公开办公室关于年度报告的通知：“确保逻辑关系对应一致”（report-format.md §2.7 X1，§5.2 GA-P001）。',
        en: 'The State Council office notice on the reports asks for consistent figures (report-format.md §2.7 X1, §5.2 GA-P001).',
      },
    },
  },
  checkReport(report, ctx) {
    const tables = tablesOf(report);
    if (!tables.B && !tables.C) return;
    const { doc } = ctx;
    const text = doc.matchText;
    // Parts of a 其中 breakdown are subsets: "其中区政府办受理申请20件" is not the report's total.
    const qizhongParts = new Set(breakdownsOf(doc, report).filter((b) => b.kind === 'qizhong').flatMap((b) => b.parts.map((p) => p.n)));
    for (const p of paragraphsOf(doc, report)) {
      const body = text.slice(p.start, p.end);
      if (!/申请|复议|诉讼/.test(body)) continue;
      for (const s of p.sentences) {
        const counts = countsOfCases(doc, s.start, s.end);
        if (!counts) continue;
        const mentions: Mention[] = [];
        let lastC: Extract<Quantity, { table: 'C' }> | undefined;
        const otherYear = otherYearAt(doc, report, s.start, s.end);
        counts.forEach((n, i) => {
          if (n.approximate) return;
          // The words before the figure, back to the clause start or the previous figure (at most 60 characters).
          const floor = clauseStart(text, n.start, Math.max(s.start, i > 0 ? counts[i - 1].end : s.start, n.start - 60));
          const lead = withoutSpaces(text.slice(floor, n.start));
          const limit = Math.min(s.end, n.end + 60);
          const end1 = clauseEnd(text, n.end, limit);
          let tail = text.slice(n.end, end1);
          // "另有7件因答复期限尚未届满，结转下年度继续办理": the next clause when it has no figure of its own.
          const end2 = clauseEnd(text, Math.min(end1 + 1, limit), limit);
          if (end1 < limit && !numbersIn(doc, end1 + 1, end2).length) tail += text.slice(end1 + 1, end2);
          if (OTHER_PERIOD.test(lead.includes('结转') ? lead.replace(/上一?年度?结转/g, '') : lead) || otherYear <= n.start) return;
          let q = quantityOf(lead, tail);
          if (!q && lastC) {
            // An outcome after a review or litigation count: "行政复议351件，其中结果维持72件…".
            const o = C_OUTCOME.find(([re]) => re.test(lead.replace(/^其中/, '')));
            const groups = lastC.groups;
            if (o) q = { table: 'C', groups, outcome: o[1], name: { zh: `“${groups.length > 1 ? '行政诉讼' : groups[0]} / ${o[1]}”`, en: `${groups.join(' + ')} / ${o[1]}` } };
          }
          if (!q) return;
          if (q.table === 'B' && q.kind === 'total' && (q.rows[0] === '一' || q.rows[0] === '三（七）') && qizhongParts.has(n)) return;
          const m = { n, q, lead: withoutSpaces(doc.text.slice(floor, n.start)) };
          mentions.push(m);
          if (q.table === 'C' && q.outcome === '总计') lastC = q;
        });
        for (const m of mentions) checkMention(ctx, tables, m, Math.max(s.start, m.n.start - 200));
        if (tables.C) checkAllUpheld(ctx, tables.C, s.start, s.end, mentions);
      }
    }
  },
};
