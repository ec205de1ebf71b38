// The document model: what the parser gives every feature (diagnostics, outline, hover, CLI).
// All offsets are UTF-16 code-unit offsets into the original text, as LSP uses; `end` is exclusive.
import type { Memo } from './memo';

export interface Span {
  start: number;
  end: number;
}

/** A message shown to users, Chinese first. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Era = 'legacy' | '2019' | '2021';
export type ReportKind = 'government' | 'department';
/**
 * Where an inferred property came from; `option` means the caller (settings, CLI flag) set it, `opening` the
 * opening sentence that names the report, `fileName` the file name given as `ParseOptions.fileName`.
 */
export type Provenance =
  | 'option' | 'title' | 'opening' | 'period' | 'body' | 'signature' | 'labels' | 'issuer' | 'year' | 'fileName' | 'default';

export interface ParseOptions {
  era?: Era;
  kind?: ReportKind;
  year?: number;
  /** Texts longer than this are parsed only up to this many UTF-16 units (a problem says so). */
  maxLength?: number;
  /**
   * The file's name ("某某局2016年政府信息公开工作年度报告.txt"), without folders. Read like a title for a
   * single-report file that has none in its text; never required.
   */
  fileName?: string;
}

export interface ReportDocument {
  /** The text as written: quote from it (messages, fix edits). */
  text: string;
  /**
   * The text with traditional characters folded to simplified (text/traditional.ts): same length, same
   * offsets; the same string as `text` when there is nothing to fold. Match patterns against it.
   */
  matchText: string;
  lineStarts: number[];
  reports: Report[];
  /** Every heading of every report, in document order. */
  headings: Heading[];
  paragraphs: Paragraph[];
  tables: Table[];
  dates: DateMention[];
  numbers: NumberMention[];
  /** What the parser could not make sense of; published as diagnostics. */
  problems: ParseProblem[];
  /** Number of UTF-16 units that were actually parsed (less than text.length when truncated). */
  parsedLength: number;
  /** What the analyses computed from this object, kept with it (memo.ts); set by them, never by the parser. */
  memo?: Memo;
}

export interface Report extends Span {
  index: number;
  /** The 第X篇 marker that opens this report, when the document holds several. */
  partMarker?: { text: string; span: Span };
  title?: TextSpan;
  /**
   * The opening sentence when it names the report ("根据《条例》……现公布本机关2016年度政府信息公开工作
   * 年度报告。", "本报告由……编制。"): a report published without a title line is recognized by it.
   */
  opening?: TextSpan;
  /** Who the report is of. With source `fileName`, an empty span at the report's start (the text does not say). */
  issuer?: TextSpan & { source: Provenance };
  year?: number;
  yearSource?: Provenance;
  /** Every year the report gives evidence of, for consistency checks. */
  yearEvidence: YearEvidence;
  era: Era;
  eraSource: Provenance;
  kind: ReportKind;
  kindSource: Provenance;
  /** Top-level headings (the tree hangs below them). */
  headings: Heading[];
  /** Level-1 sections in order (a heading tree root with a recognized or unrecognized topic). */
  sections: Section[];
  tables: Table[];
  period?: StatisticsPeriod;
  signature?: { issuer?: TextSpan; date?: DateMention };
  /** What the analyses computed from this object, kept with it (memo.ts); set by them, never by the parser. */
  memo?: Memo;
}

export interface YearEvidence {
  title?: number;
  /** The year of the report the opening sentence names. */
  opening?: number;
  fileName?: number;
  period?: number;
  signature?: number;
  /** The year that "N年，…" sentences in the body talk about most, with how often. */
  body?: { year: number; count: number; total: number };
}

export interface TextSpan extends Span {
  /** The text; for a title written over two lines, the lines joined without the line break. */
  text: string;
}

export type HeadingMarkerKind = 'han' | 'paren-han' | 'arabic' | 'paren-arabic' | 'circled';

export interface Heading extends Span {
  /** The numbering kind: 一、=1 （一）=2 1.=3 （1）=4 ①=5 (GB/T 9704 levels). */
  rank: 1 | 2 | 3 | 4 | 5;
  /** Depth in this report's tree (1 = top), which can differ from rank when a level is skipped. */
  depth: number;
  ordinal: number;
  marker: TextSpan & { kind: HeadingMarkerKind; canonical: boolean };
  /** The heading text without the marker; for a run-in heading, its first clause. */
  title: TextSpan;
  /** The heading is followed by body text on the same line. */
  runIn: boolean;
  /** The heading was found inside a line of running text (一、… 二、… in one paragraph). */
  inline: boolean;
  line: number;
  /** Where the heading's section ends (the next heading of the same or a higher level, or the report end). */
  sectionEnd: number;
  children: Heading[];
  parent?: Heading;
  /** For level-1 headings: the statutory topic the heading covers, when recognized. */
  topic?: SectionTopic;
}

/** The parts a report is made of (2019/2021 formats §2.3; legacy customary parts §3). */
export type SectionTopic =
  | 'overview'
  | 'proactive'
  | 'onRequest'
  | 'fees'
  | 'review'
  | 'problems'
  | 'other'
  | 'consultation'
  | 'interpretation'
  | 'staffing';

export interface Section extends Span {
  heading: Heading;
  topics: SectionTopic[];
}

export interface Paragraph extends Span {
  startLine: number;
  endLine: number;
  sentences: Span[];
}

export type Unit = '条' | '件' | '个' | '次' | '场' | '人次' | '份' | '期' | '篇' | '册' | '家' | '项' | '万元' | '元' | '%' | '人' | '只' | '本' | '天';

export interface NumberMention extends Span {
  raw: string;
  value: number;
  numeral: 'arabic' | 'fullwidth' | 'chinese';
  unit?: Unit;
  unitSpan?: Span;
  /** 余 多 约 近 左右 以上 …: the number is not exact and must not be used in arithmetic. */
  approximate?: TextSpan;
}

export type DateRole = 'title' | 'period-start' | 'period-end' | 'signature' | 'publication' | 'body';

export type DateIssue =
  | 'latin-o' // 二O一O: a look-alike letter or digit instead of 〇
  | 'zero-pad' // 2017年01月01日
  | 'two-digit-year' // 17年1月1日
  | 'space-inside' // 2017 年12月31日
  | 'grouped-year' // 201,7年
  | 'mixed-numerals' // 二〇一七年1月1日
  | 'dotted' // 2017.1.1
  | 'slashed' // 2017/1/1
  | 'dunhao' // 2017、1、1
  | 'hyphen'; // 2017-1-1 (allowed by GB/T 15835 in body text, not for 成文日期)

export interface DateMention extends Span {
  raw: string;
  year?: number;
  month?: number;
  day?: number;
  form: 'arabic' | 'chinese' | 'mixed' | 'numeric';
  issues: DateIssue[];
  /** False for impossible dates (2月30日, 13月). */
  valid: boolean;
  role: DateRole;
}

/** The 统计期限 sentence ("本报告所列数据统计期限自2019年1月1日至2019年12月31日止"). */
export interface StatisticsPeriod extends Span {
  from?: DateMention;
  to?: DateMention;
}

// ---- tables ----

export type CellKind = 'number' | 'blank' | 'text';

/** A table cell. Its range covers the written value without padding; a blank cell's range is the whole cell. */
export interface Cell extends Span {
  /** The cell as written between its separators, padding included. */
  raw: string;
  text: string;
  kind: CellKind;
  value?: number;
  /** A unit written inside a numeric cell ("251000元"). */
  unit?: string;
  /** "-", "—", "/", "无": written instead of a number. */
  placeholder?: boolean;
  /** Filled in for cells of a recognized national table. */
  rowId?: string;
  colId?: string;
}

export interface TableRow extends Span {
  line: number;
  cells: Cell[];
  isDelimiter: boolean;
}

export type NationalTableId = 'A' | 'B' | 'C';

/**
 * How a table is written: `pipe` Markdown rows framed by "|"; `tsv` tab-separated; `unframed` "|"-separated
 * rows without the leading "|" (copied web tables); `lines` one cell per line, as text extraction leaves
 * a table; `spaced` cells separated by runs of spaces (pdftotext -layout). For `lines` and `spaced` the
 * rows are rebuilt from the known labels: a row's cells may lie on several lines, each with its own span.
 */
export type TableFormat = 'pipe' | 'tsv' | 'unframed' | 'lines' | 'spaced';

export interface Table extends Span {
  format: TableFormat;
  rows: TableRow[];
  /** A caption line right before the table (e.g. 第二十条第（一）项). */
  caption?: TextSpan;
  /** The text stops inside the last row, with no line break after it (a page cut at a size limit):
   * that row may be incomplete and is never checked. */
  openEnd?: boolean;
  national?: NationalTable;
}

export interface LabelMatch {
  /** The stable id of the row or column (e.g. "三（三）1", "总计"). */
  id: string;
  canonical: string;
  /** The label text as written. */
  written: TextSpan;
  /** Edit distance between the written and the canonical label after normalisation (0 = exact). */
  distance: number;
}

export interface NationalTable {
  id: NationalTableId;
  /** The format year the labels belong to, when they tell. */
  era?: '2019' | '2021';
  rows: NationalRow[];
  columns: LabelMatch[];
  /** Look up a data cell by row id and column id. */
  cell(rowId: string, colId: string): Cell | undefined;
  /** Rows of the table that could not be matched to a national label. */
  unknownRows: TableRow[];
  /** Table A: the 第二十条 items present ("一", "五", "六", "八", "九"). */
  parts?: string[];
  /** Rows recognized by their label whose figures are fewer or more than the table's columns (a row cut
   * short): left out of the table and its arithmetic. */
  partialRows?: TableRow[];
  /** What the analyses computed from this object, kept with it (memo.ts); set by them, never by the parser. */
  memo?: Memo;
}

export interface NationalRow {
  id: string;
  label: LabelMatch;
  row: TableRow;
  cells: Map<string, Cell>;
}

export type ProblemCode = 'binary-content' | 'document-truncated' | 'table-unreadable' | 'table-incomplete';

export interface ParseProblem extends Span {
  code: ProblemCode;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: LocalizedText;
}
