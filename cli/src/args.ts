// Command-line arguments of `nianbao`. Hand-written to keep the bundle small and start-up fast.
import type { Era, Language, ReportKind } from '../../server/src/core';

export interface CheckArgs {
  command: 'check';
  format: 'text' | 'json';
  era?: Era;
  kind?: ReportKind;
  lang: Language;
  /** At most this many findings per file, the most severe first (--max-findings); every finding when absent. */
  maxFindings?: number;
  paths: string[];
}

export interface OutlineArgs {
  command: 'outline';
  era?: Era;
  kind?: ReportKind;
  lang: Language;
  paths: string[];
}

export interface ConvertArgs {
  command: 'convert';
  file: string;
  /** Where the Markdown goes (-o); stdout when absent. */
  output?: string;
}

export type Args = CheckArgs | OutlineArgs | ConvertArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

const ERAS = ['legacy', '2019', '2021'];
const KINDS = ['government', 'department'];

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  const command = argv[0];
  if (command === 'convert') return parseConvert(argv.slice(1));
  if (command !== 'check' && command !== 'outline') throw new UsageError(`unknown command "${command}" / 未知命令`);
  let format: 'text' | 'json' = 'text';
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
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json / 只能是 text 或 json`);
      format = v;
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
  return { command, format, era, kind, lang, maxFindings, paths };
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
  nianbao check [--format text|json] [--era legacy|2019|2021] [--kind government|department] [--lang zh|en] [--max-findings N] <文件或文件夹…>
  nianbao outline [--era …] [--kind …] [--lang zh|en] <文件…>
  nianbao convert <文件> [-o 输出.md]

  check    检查报告，按 "路径:行:列 严重程度 规则 消息" 输出；文件夹中查找 .txt、.md 和网页（.html、.htm）文件。
           文本文件可以是 UTF-8、UTF-16 或 GB18030/GBK 编码；网页先转换为文本再检查。
           Checks reports; folders are searched for .txt, .md and web pages (.html, .htm). Text may be UTF-8,
           UTF-16 or GB18030/GBK; web pages are converted to text first.
           默认输出全部结果；--max-findings N 每个文件最多输出 N 条（先错误后警告），并说明省略了多少条。
           Every finding by default; --max-findings N prints at most N per file (errors first) and says how many were left out.
  outline  显示解析结果：报告、年份、格式、类别、标题层级、统计表。Shows what the parser understood.
  convert  把网页或其他编码的文本转换为可检查的 Markdown（UTF-8），写入 -o 指定的文件，否则输出到标准输出。
           Writes the checkable Markdown (UTF-8) of a web page or text file to -o, or to stdout.

退出码 / Exit codes: 0 无错误 no error · 1 有错误级问题 an error-severity finding · 2 用法错误或有文件未检查（原因见标准错误输出）bad usage or a file not checked (stderr says why)
`;
