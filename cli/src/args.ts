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

export type Args = CheckArgs | ReportArgs | OutlineArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

const ERAS = ['legacy', '2019', '2021'];
const KINDS = ['government', 'department'];

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  const command = argv[0];
  if (command !== 'check' && command !== 'outline' && command !== 'report') throw new UsageError(`unknown command "${command}" / 未知命令`);
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
    } else if ((flag === '-o' || flag === '--output') && command === 'report') {
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
  if (command === 'report') return { command, era, kind, lang, jobs, progress, output, paths };
  return { command, format, era, kind, lang, maxFindings, jobs, progress, paths };
}

export const USAGE = `nianbao — 政府信息公开工作年度报告检查工具 / checker for annual reports on open government information

用法 / Usage:
  nianbao check [--format text|json|sarif] [--era legacy|2019|2021] [--kind government|department] [--lang zh|en] [--max-findings N] [--jobs N|auto] [--progress] <文件或文件夹…>
  nianbao report [-o report.html] [--era …] [--kind …] [--jobs N|auto] [--progress] <文件或文件夹…>
  nianbao outline [--era …] [--kind …] [--lang zh|en] <文件…>

  check    检查报告，按 "路径:行:列 严重程度 规则 消息" 输出；文件夹中查找 .txt 和 .md 文件。
           Checks reports; folders are searched for .txt and .md files.
           默认输出全部结果；--max-findings N 每个文件最多输出 N 条（先错误后警告），并说明省略了多少条。
           Every finding by default; --max-findings N prints at most N per file (errors first) and says how many were left out.
           --format sarif 输出 SARIF 2.1.0，供代码扫描平台和 SARIF 查看器使用。--format sarif writes SARIF 2.1.0.
           --jobs N 同时检查 N 个文件（0 或 auto：每个处理器核心一个），输出顺序不变。--jobs N checks N files at once; same output.
           --progress 在标准错误输出中显示进度（终端中自动显示）。--progress shows progress on stderr (always on a terminal).
  report   把一批报告的检查结果写成一个独立的 HTML 页面（可排序的报告表、各报告的问题及原文、主要数据图表）。
           Writes one self-contained HTML page: a sortable table of the reports, their findings with the text, charts.
  outline  显示解析结果：报告、年份、格式、类别、标题层级、统计表。Shows what the parser understood.

退出码 / Exit codes: 0 无错误 no error · 1 有错误级问题 an error-severity finding · 2 用法错误或有文件未检查（原因见标准错误输出）bad usage or a file not checked (stderr says why)
`;
