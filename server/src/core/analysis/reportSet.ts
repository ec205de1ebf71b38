// A set of reports (a folder, a workspace) seen together: who issued each, and which reports are the same
// issuer's in consecutive years. Issuers are matched by a normalized name; where the match is not unique
// (two reports of one issuer and year, a name that fits two issuers) the set says so instead of guessing.
import type { Cell, LocalizedText, NationalTableId, Provenance, ReportDocument, Span, TextSpan } from '../model';
import type { RelatedSpan } from '../findings';
import { foldTraditional } from '../text/traditional';
import { positionAt } from '../text/lines';
import { comparableSentencesOf, type ComparableSentences } from './comparableSentences';
import { memoized, type Memo } from '../memo';
import { TABLE_C_ROW_ID } from '../format/tableLabels';

/** What the checks across years read of a report: a parsed Report has it all. */
export interface SetReport extends Span {
  title?: TextSpan;
  opening?: TextSpan;
  issuer?: TextSpan;
  year?: number;
  yearSource?: Provenance;
  tables: ReadonlyArray<{ national?: { id: NationalTableId; cell(rowId: string, colId: string): Cell | undefined } }>;
}

/**
 * What the checks across years read of a document: a parsed ReportDocument has it all, and so has the much
 * smaller document rebuilt from a SetDigest (setDocumentOf), which a worker can send as plain data.
 */
export interface SetDocument {
  text: string;
  matchText: string;
  lineStarts: number[];
  headings: ReadonlyArray<{ title: Span }>;
  /** Absent from a document rebuilt from a digest, which has the sentences the checks read in `comparable`. */
  paragraphs?: ReadonlyArray<Span & { sentences: ReadonlyArray<Span> }>;
  /** The sentences copied text is looked for in, prepared with the digest (otherwise found in `paragraphs`). */
  comparable?: ComparableSentences;
  reports: ReadonlyArray<SetReport>;
  /** What the checks across years computed from it (memo.ts). */
  memo?: Memo;
}

export interface SetEntry {
  /** How the caller names the document (a file path in the CLI, a URI in the editor). */
  uri: string;
  doc: SetDocument;
}

/**
 * A document's part in the checks across years as plain data (structured-cloneable): what a worker that
 * parsed the file keeps or sends, so that the set is checked without parsing the files again.
 */
export interface SetDigest {
  text: string;
  /** Absent when it is the same string as `text`. */
  matchText?: string;
  lineStarts: number[];
  /** The headings' title spans, as start, end pairs. */
  headings: number[];
  /** The sentences copied text is looked for in, normalized: the work of the comparison done with the parse. */
  comparable: ComparableSentences;
  reports: Array<Omit<SetReport, 'tables'> & { tables: Array<{ id: NationalTableId; cells: DigestCell[] }> }>;
}

/**
 * A cell of a digest: its row and column ids, then what the checks across years read of it (range, text, kind,
 * value). Plain values, not a Cell object: a worker serializes a digest per file, and objects' keys cost more to
 * serialize than the values.
 */
export type DigestCell = [rowId: string, colId: string, start: number, end: number, text: string, kind: Cell['kind'], value: number | undefined];

const textSpan = (t: TextSpan | undefined): TextSpan | undefined => t && { start: t.start, end: t.end, text: t.text };

/**
 * The rows of the national tables that the checks across years read: Table B's 二 (上年结转) and 四 (结转下年度,
 * carryover-mismatch) and Table C's one row (尚未审结 and 总计, pending-cases-last-year). A digest carries the
 * cells of these rows alone (a tenth of a report's cells, which made most of the bytes a worker serialized
 * and the main thread's workers read back); a check across years that reads another row adds it here.
 */
export const ROWS_READ_ACROSS_YEARS: Readonly<Record<NationalTableId, ReadonlySet<string>>> = {
  A: new Set(),
  B: new Set(['二', '四']),
  C: new Set([TABLE_C_ROW_ID]),
};

/** The digest of a parsed document: the cells the checks across years read, the spans of headings, the comparable sentences, the text. */
export function setDigestOf(doc: ReportDocument): SetDigest {
  const headings: number[] = [];
  for (const h of doc.headings) headings.push(h.title.start, h.title.end);
  const reports: SetDigest['reports'] = doc.reports.map((r) => {
    const tables: SetDigest['reports'][number]['tables'] = [];
    for (const t of r.tables) {
      const n = t.national;
      if (!n) continue;
      const cells: DigestCell[] = [];
      const read = ROWS_READ_ACROSS_YEARS[n.id];
      const seen = new Set<string>();
      // cell() answers from a row id's first row.
      for (const row of n.rows) {
        if (!read.has(row.id) || seen.has(row.id)) continue;
        seen.add(row.id);
        for (const [col, cell] of row.cells) cells.push([row.id, col, cell.start, cell.end, cell.text, cell.kind, cell.value]);
      }
      tables.push({ id: n.id, cells });
    }
    const out: SetDigest['reports'][number] = { start: r.start, end: r.end, tables };
    if (r.title) out.title = textSpan(r.title);
    if (r.opening) out.opening = textSpan(r.opening);
    if (r.issuer) out.issuer = textSpan(r.issuer);
    if (r.year !== undefined) out.year = r.year;
    if (r.yearSource !== undefined) out.yearSource = r.yearSource;
    return out;
  });
  const digest: SetDigest = { text: doc.text, lineStarts: doc.lineStarts, headings, comparable: comparableSentencesOf(doc), reports };
  if (doc.matchText !== doc.text) digest.matchText = doc.matchText;
  return digest;
}

/** The document a digest stands for, as the checks across years read it. */
export function setDocumentOf(d: SetDigest): SetDocument {
  const headings: Array<{ title: Span }> = [];
  for (let i = 0; i < d.headings.length; i += 2) headings.push({ title: { start: d.headings[i], end: d.headings[i + 1] } });
  const reports: SetReport[] = d.reports.map((r) => ({ ...r, tables: r.tables.map((t) => ({ national: nationalTableFrom(t) })) }));
  return { text: d.text, matchText: d.matchText ?? d.text, lineStarts: d.lineStarts, headings, comparable: d.comparable, reports };
}

/** A digest's national table: its cells by row and column, gathered when one is first asked for (most never are). */
function nationalTableFrom(t: SetDigest['reports'][number]['tables'][number]) {
  let byRow: Map<string, Map<string, Cell>> | undefined;
  const cell = (rowId: string, colId: string) => {
    if (!byRow) {
      byRow = new Map();
      for (const [row, col, start, end, text, kind, value] of t.cells) {
        const c: Cell = { start, end, raw: text, text, kind, value, unit: undefined, placeholder: undefined, rowId: row, colId: col };
        (byRow.get(row) ?? byRow.set(row, new Map()).get(row)!).set(col, c);
      }
    }
    return byRow.get(rowId)?.get(colId);
  };
  return { id: t.id, cell };
}

export interface SetMember {
  uri: string;
  doc: SetDocument;
  report: SetReport;
  year: number;
  /** The issuer's name as written. */
  issuer: string;
  /** The normalized name issuers are matched by (issuerKey). */
  key: string;
  /** What the checks across years computed from it (memo.ts). */
  memo?: Memo;
}

/** The same issuer's reports of two consecutive years. */
export interface ReportPair {
  last: SetMember;
  current: SetMember;
  /** The names differ by a trailing 人民政府 ("上海市" and "上海市人民政府"): matched, and findings say so. */
  looseIssuer: boolean;
}

/** Two reports of one issuer and year; last year has several reports of the issuer; the name fits two issuers. */
export type AmbiguityKind = 'same-year' | 'several-last-year' | 'several-issuers';

/** Why a report was not paired with last year's: the match was not unique. */
export interface SetAmbiguity {
  kind: AmbiguityKind;
  member: SetMember;
  /** The other reports of the same issuer and year, or the reports of last year whose issuers all fit. */
  others: SetMember[];
}

export interface ReportSet {
  members: SetMember[];
  pairs: ReportPair[];
  ambiguities: SetAmbiguity[];
}

const REPORT_WORDS = /政府信息公开(?:工作)?(?:年度)?(?:报告|总结)|信息公开(?:工作)?(?:年度)?(?:报告|总结)|年度报告|工作报告/g;
const YEARS = /(?:19|20)\d\d\s*年度?|[〇○零一二三四五六七八九]{4}\s*年度?/g;

/**
 * The name issuers are matched by: traditional characters folded, full-width letters and digits made
 * half-width, white space, years, "政府信息公开工作年度报告" and brackets dropped. 人民政府办公室 and 人民政府 stay
 * different issuers.
 */
export function issuerKey(name: string): string {
  return foldTraditional(name)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(REPORT_WORDS, '')
    .replace(YEARS, '')
    .replace(/[()（）〔〕【】《》“”"'‘’·.,，、]/g, '');
}

const LOOSE_SUFFIX = '人民政府';

/**
 * The issuer key without a trailing 人民政府: reports that may pair share it ("上海市" and "上海市人民政府"). A
 * cheap first cut for callers that hold many files (the CLI, the workspace index): only files sharing one need
 * to be read together.
 */
export function pairingKey(issuer: string): string {
  const key = issuerKey(issuer);
  return key.endsWith(LOOSE_SUFFIX) ? key.slice(0, -LOOSE_SUFFIX.length) : key;
}

/**
 * The members that share a key (a pairingKey) with another member, in groups that share no key with each other:
 * every pair and ambiguity the checks across years can find lies inside one group, so each group can be checked
 * on its own. A group lists its members in the order of `members`; the groups come in the order of their first.
 */
export function groupsSharingAKey<T>(members: readonly T[], keysOf: (member: T) => readonly string[]): T[][] {
  const firstWith = new Map<string, number>();
  // Each member's group by its earliest member (union-find: a root is the smallest index of its group).
  const root = members.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  const shares = new Uint8Array(members.length);
  members.forEach((member, i) => {
    for (const key of keysOf(member)) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else if (first !== i) {
        shares[i] = shares[first] = 1;
        const a = find(first);
        const b = find(i);
        root[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, T[]>();
  members.forEach((member, i) => {
    if (!shares[i]) return;
    const r = find(i);
    const group = groups.get(r);
    if (group) group.push(member);
    else groups.set(r, [member]);
  });
  return [...groups.values()];
}

/** Whole groups gathered, in order, into jobs of at most `max` members (a larger group is a job of its own). */
export function jobsOfGroups<T>(groups: readonly T[][], max: number): T[][] {
  const jobs: T[][] = [];
  for (const group of groups) {
    const last = jobs[jobs.length - 1];
    if (last && last.length + group.length <= max) last.push(...group);
    else jobs.push([...group]);
  }
  return jobs;
}

function looseKeys(key: string): string[] {
  return key.endsWith(LOOSE_SUFFIX) ? [key.slice(0, -LOOSE_SUFFIX.length)] : [key + LOOSE_SUFFIX];
}

function membersOf(entries: ReadonlyArray<SetEntry>): SetMember[] {
  const out: SetMember[] = [];
  for (const { uri, doc } of entries) {
    for (const report of doc.reports) {
      const issuer = report.issuer?.text.trim();
      // A year guessed from the body ("N年，…" most often) is too weak to pair reports by.
      if (!issuer || report.year === undefined || report.yearSource === 'body' || report.yearSource === 'default') continue;
      const key = issuerKey(issuer);
      if (key.length < 2) continue;
      out.push({ uri, doc, report, year: report.year, issuer, key });
    }
  }
  return out;
}

export function reportSetOf(entries: ReadonlyArray<SetEntry>): ReportSet {
  const members = membersOf(entries);
  const byKeyYear = new Map<string, SetMember[]>();
  const slot = (key: string, year: number) => `${year}\u0000${key}`;
  for (const m of members) {
    const k = slot(m.key, m.year);
    const list = byKeyYear.get(k);
    if (list) list.push(m);
    else byKeyYear.set(k, [m]);
  }
  const pairs: ReportPair[] = [];
  const ambiguities: SetAmbiguity[] = [];
  for (const m of members) {
    const same = byKeyYear.get(slot(m.key, m.year))!;
    if (same.length > 1) {
      ambiguities.push({ kind: 'same-year', member: m, others: same.filter((o) => o !== m) });
      continue;
    }
    const exact = byKeyYear.get(slot(m.key, m.year - 1));
    if (exact) {
      if (exact.length === 1) pairs.push({ last: exact[0], current: m, looseIssuer: false });
      else ambiguities.push({ kind: 'several-last-year', member: m, others: exact });
      continue;
    }
    const loose = looseKeys(m.key).flatMap((k) => byKeyYear.get(slot(k, m.year - 1)) ?? []);
    if (loose.length === 1) pairs.push({ last: loose[0], current: m, looseIssuer: true });
    else if (loose.length > 1) ambiguities.push({ kind: 'several-issuers', member: m, others: loose });
  }
  return { members, pairs, ambiguities };
}

/** The file name of a uri or path, for messages ("青禾县人民政府2023年….md"). */
export function displayName(uri: string): string {
  const last = uri.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A member's file name: messages name the same members over and over. */
const fileNameOf = memoized((member: SetMember): string => displayName(member.uri));

/** "青禾县2023.md 第12行" / "line 12 of 青禾县2023.md": where a span of a member is, for messages. */
export function placeOf(member: SetMember, offset: number): LocalizedText {
  const line = positionAt(member.doc.lineStarts, offset).line + 1;
  const name = fileNameOf(member);
  return { zh: `${name} 第${line}行`, en: `line ${line} of ${name}` };
}

/** A related span in `target`'s document, seen from a finding in `from`'s document. */
export function relatedIn(from: SetMember, target: SetMember, span: Span, message: LocalizedText): RelatedSpan {
  if (from.uri === target.uri && from.doc === target.doc) return { start: span.start, end: span.end, message };
  const ls = target.doc.lineStarts;
  return {
    start: span.start,
    end: span.end,
    message,
    elsewhere: { uri: target.uri, start: positionAt(ls, span.start), end: positionAt(ls, span.end) },
  };
}

/** A report's national table `id` with its cells by row and column, when the report has one. */
export function nationalTableOf(report: SetReport, id: NationalTableId) {
  return report.tables.find((t) => t.national?.id === id)?.national;
}

/**
 * A finding on this year's report of `pair` at `here` that compares it with `there` in last year's: `message` is
 * given where `there` is (file and line), and `there` becomes a related span in last year's document.
 */
export function againstLastYear(
  pair: ReportPair, here: Span, there: Span, message: (where: LocalizedText) => LocalizedText, related: LocalizedText,
): { start: number; end: number; message: LocalizedText; related: RelatedSpan[] } {
  return {
    start: here.start,
    end: here.end,
    message: message(placeOf(pair.last, there.start)),
    related: [relatedIn(pair.current, pair.last, there, related)],
  };
}

/** Where findings about a whole report go: its title, else its first line. */
export function reportAnchor(member: SetMember): Span {
  const r = member.report;
  if (r.title) return { start: r.title.start, end: r.title.end };
  const eol = member.doc.text.indexOf('\n', r.start);
  return { start: r.start, end: eol < 0 || eol > r.end ? r.end : eol };
}

/** "2023年" with the issuer: how messages name a member. */
export function memberName(m: SetMember): string {
  return `${m.issuer}${m.year}年报告`;
}
