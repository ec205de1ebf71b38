// Command-line arguments of `nianbao`. Hand-written to keep the bundle small and start-up fast.
import type { Era, Language, ReportKind } from '../../server/src/core';

/** What `check` and `report` share: which reports, how they are read, how many files at once. */
interface RunArgs {
  era?: Era;
  kind?: ReportKind;
  lang: Language;
  /** Files checked at once, in worker threads when more than 1 (--jobs N; 0 or auto = one per core). */
  jobs: number;
  /** Progress on stderr even when stderr is not a terminal (--progress). */
  progress: boolean;
  paths: string[];
}

export interface CheckArgs extends RunArgs {
  command: 'check';
  format: 'text' | 'json' | 'sarif';
  era?: Era;
  kind?: ReportKind;
  lang: Language;
  /** At most this many findings per file, the most severe first (--max-findings); every finding when absent. */
  maxFindings?: number;
}

export interface ReportArgs extends RunArgs {
  command: 'report';
  /** The HTML file to write (-o); stdout when absent. */
  output?: string;
}

export interface OutlineArgs {
  command: 'outline';
  era?: Era;
  kind?: ReportKind;
  lang: Language;
  paths: string[];
}

export interface ExportArgs {
  command: 'export';
  era?: Era;
  kind?: ReportKind;
  /** The report to export (.txt, .md). */
  input: string;
  /** Where to write the Word file (-o); next to the report with the extension .docx when absent. */
  output?: string;
}

export interface NextYearArgs {
  command: 'next-year';
  file: string;
  /** Where the draft is written (-o); stdout when absent. */
  output?: string;
  lang: Language;
}

export interface ConvertArgs {
  command: 'convert';
  file: string;
  /** Where the Markdown goes (-o); stdout when absent. */
  output?: string;
}

export type Args = CheckArgs | ReportArgs | OutlineArgs | ExportArgs | NextYearArgs | ConvertArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

const ERAS = ['legacy', '2019', '2021'];
const KINDS = ['government', 'department'];

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  const command = argv[0];
  if (command === 'next-year') return parseNextYear(argv.slice(1));
  if (command === 'convert') return parseConvert(argv.slice(1));
  if (command !== 'check' && command !== 'outline' && command !== 'report' && command !== 'export') throw new UsageError(`unknown command "${command}" / 未知命令`);
  let format: CheckArgs['format'] = 'text';
  let jobs = 1;
  let progress = false;
  let output: string | undefined;
  let era: Era | undefined;
  let kind: ReportKind | undefined;
  let lang: Language = 'zh';
  let maxFindings: number | undefined;
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value / 缺少取值`);
      return v;
    };
    if (flag === '--format' && command === 'check') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif / 只能是 text、json 或 sarif`);
      format = v;
    } else if (flag === '--jobs' || flag === '-j') {
      if (command === 'outline') throw new UsageError(`unknown option "${a}" / 未知选项`);
      const v = value();
      if (v !== 'auto' && !/^\d+$/.test(v)) throw new UsageError('--jobs must be a whole number ≥ 0 or auto / 只能是非负整数或 auto');
      jobs = v === 'auto' ? 0 : Number(v);
    } else if (flag === '--progress' && command !== 'outline' && inline === undefined) {
      progress = true;
    } else if ((flag === '-o' || flag === '--output') && (command === 'report' || command === 'export')) {
      output = value();
    } else if (flag === '--era') {
      const v = value();
      if (!ERAS.includes(v)) throw new UsageError(`--era must be one of ${ERAS.join(', ')}`);
      era = v as Era;
    } else if (flag === '--kind') {
      const v = value();
      if (!KINDS.includes(v)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
      kind = v as ReportKind;
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'zh' && v !== 'en') throw new UsageError('--lang must be zh or en');
      lang = v;
    } else if (flag === '--max-findings' && command === 'check') {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError('--max-findings must be a whole number ≥ 0 / 只能是非负整数');
      maxFindings = Number(v);
    } else if (a === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}" / 未知选项`);
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) throw new UsageError('no files or folders given / 未指定文件或文件夹');
  if (command === 'outline') return { command, era, kind, lang, paths };
  if (command === 'export') {
    if (paths.length !== 1) throw new UsageError('export takes one report / export 只接受一个报告文件');
    return { command, era, kind, input: paths[0], output };
  }
  if (command === 'report') return { command, era, kind, lang, jobs, progress, output, paths };
  return { command, format, era, kind, lang, maxFindings, jobs, progress, paths };
}

function parseNextYear(argv: string[]): NextYearArgs {
  let output: string | undefined;
  let lang: Language = 'zh';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      output = argv[++i];
      if (output === undefined) throw new UsageError(`${a} needs a file / 缺少输出文件`);
    } else if (a.startsWith('--output=')) output = a.slice('--output='.length);
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'zh' && v !== 'en') throw new UsageError('--lang must be zh or en');
      lang = v;
    } else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}" / 未知选项`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('next-year needs exactly one file: last year\'s report / 需要一个文件：上年的报告');
  return { command: 'next-year', file: files[0], output, lang };
}

function parseConvert(argv: string[]): ConvertArgs {
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      output = argv[++i];
      if (output === undefined) throw new UsageError(`${a} needs a value / 缺少取值`);
    } else if (a.startsWith('--output=')) output = a.slice('--output='.length);
    else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}" / 未知选项`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('convert takes one file / convert 只接受一个文件');
  return { command: 'convert', file: files[0], output };
}

export const USAGE = `nianbao — 政府信息公开工作年度报告检查工具 / checker for annual reports on open government information

用法 / Usage:
  nianbao check [--format text|json|sarif] [--era legacy|2019|2021] [--kind government|department] [--lang zh|en] [--max-findings N] [--jobs N|auto] [--progress] <文件或文件夹…>
  nianbao report [-o report.html] [--era …] [--kind …] [--jobs N|auto] [--progress] <文件或文件夹…>
  nianbao outline [--era …] [--kind …] [--lang zh|en] <文件…>
  nianbao export [--era …] [--kind …] <报告.md> [-o 报告.docx]
  nianbao next-year [-o 输出文件] <上年报告>
  nianbao convert <文件> [-o 输出.md]

  check    检查报告，按 "路径:行:列 严重程度 规则 消息" 输出；文件夹中查找 .txt、.md 和网页（.html、.htm）文件。
           文本文件可以是 UTF-8、UTF-16 或 GB18030/GBK 编码；网页先转换为文本再检查。
           Checks reports; folders are searched for .txt, .md and web pages (.html, .htm). Text may be UTF-8,
           UTF-16 or GB18030/GBK; web pages are converted to text first.
           默认输出全部结果；--max-findings N 每个文件最多输出 N 条（先错误后警告），并说明省略了多少条。
           Every finding by default; --max-findings N prints at most N per file (errors first) and says how many were left out.
           --format sarif 输出 SARIF 2.1.0，供代码扫描平台和 SARIF 查看器使用。--format sarif writes SARIF 2.1.0.
           --jobs N 同时检查 N 个文件（0 或 auto：每个处理器核心一个），输出顺序不变。--jobs N checks N files at once; same output.
           --progress 在标准错误输出中显示进度（终端中自动显示）。--progress shows progress on stderr (always on a terminal).
  report   把一批报告的检查结果写成一个独立的 HTML 页面（可排序的报告表、各报告的问题及原文、主要数据图表）。
           Writes one self-contained HTML page: a sortable table of the reports, their findings with the text, charts.
  outline  显示解析结果：报告、年份、格式、类别、标题层级、统计表。Shows what the parser understood.
  export   导出为 Word 文档（GB/T 9704 版式，统计表为带合并单元格的 Word 表格）；默认写到报告旁边的同名 .docx。
           Writes the report as a Word document in the official layout; by default next to it, named .docx.
  next-year 由上年报告生成本年度报告的草稿：年份和统计期限顺延，日期和数字换成占位符（××），表三“上年结转”取上年的
           “结转下年度继续办理”，含数字或年份的句子前加标记；写到 -o 指定的文件，否则输出到标准输出。
           Drafts this year's report from last year's: years and period moved on, dates and figures as ×× placeholders,
           Table 3 carry-over from last year's, a marker before every sentence with a figure or a year; to -o or stdout.
  convert  把 Word、PDF、网页或其他编码的文本转换为可检查的 Markdown（UTF-8），写入 -o 指定的文件，否则输出到标准输出。
           Writes the checkable Markdown (UTF-8) of a Word file, PDF, web page or text file to -o, or to stdout.

退出码 / Exit codes: 0 无错误 no error · 1 有错误级问题 an error-severity finding · 2 用法错误或有文件未检查（原因见标准错误输出）bad usage or a file not checked (stderr says why)
`;
