// `npm run bench` (folder case): generates a folder of 1,000 reports of about 50 KB each in a temporary
// folder (never committed) from examples/ and, when present, ../shared/corpus, with varied figures; then
// times `node dist/cli.js check --format json <folder>` with --jobs 1 and --jobs 2 and prints reports per
// minute per core, with the load average (other processes on the machine slow it down).
// As in a real folder, every file's issuers are its own, except that files come in pairs: the same issuers'
// reports of two consecutive years (the second a copy of the first with years advanced and other figures),
// which the checks across years compare.
// Usage: node --import tsx scripts/bench-folder.ts [count] [--runs N (3)] [--keep]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../server/src/core';
import { random } from './adversarial';

const root = path.join(__dirname, '..');
const shared = path.join(root, '..', 'shared');
const TARGET_BYTES = 50 * 1024;

function reportTexts(): string[] {
  const texts: string[] = [];
  const add = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f === 'INDEX.md' || f === 'README.md' || !/\.(md|txt)$/.test(f)) continue;
      texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
  };
  add(path.join(root, 'examples'));
  add(path.join(shared, 'corpus'));
  add(path.join(shared, 'corpus', 'more'));
  return texts;
}

/** Changes the figures (not years, dates or heading numbers) to other numbers of the same length. */
function varyFigures(text: string, rnd: () => number): string {
  return text.replace(/(?<![\d年月.])\d{1,3}(?=[件个次条人项场期篇%|\s])/g, (m) => {
    if (rnd() < 0.5) return m;
    const max = 10 ** m.length;
    return String(Math.floor(rnd() * max));
  });
}

interface Source {
  text: string;
  /** The issuers the parser finds in the text, as one pattern (longest first). */
  issuers?: RegExp;
}

function sourceOf(text: string): Source {
  const names = new Set(parseDocument(text).reports.map((r) => r.issuer?.text.trim() ?? '').filter((n) => n.length >= 2));
  const sorted = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { text, issuers: sorted.length ? new RegExp(sorted.join('|'), 'g') : undefined };
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** Three characters that make the issuers of pair `n` (of up to 1,000 pairs) names of their own. */
function tagOf(n: number): string {
  return [Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10].map((d) => STEMS[d]).join('');
}

/**
 * Reports joined until the file is about TARGET_BYTES, as a file with several reports (第X篇) can be. Files
 * 2n and 2n + 1 hold the same reports of issuers of their own (tag n); in the second, every year is the next.
 */
function generated(sources: Source[], index: number): string {
  const rnd = random(index + 1);
  const pair = Math.floor(index / 2);
  const tag = tagOf(pair);
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < TARGET_BYTES; k++) {
    const source = sources[(pair * 5 + k) % sources.length];
    let t = source.issuers ? source.text.replace(source.issuers, (m) => tag + m) : source.text;
    if (index % 2) t = t.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, (y) => String(Number(y) + 1));
    t = varyFigures(t, rnd);
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

export function generateFolder(dir: string, count: number): { files: number; bytes: number } {
  const texts = reportTexts().map(sourceOf);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generated(texts, i);
    bytes += Buffer.byteLength(text);
    // 100 files a folder, as a city's departments might be laid out.
    const sub = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${String(i).padStart(4, '0')}-政府信息公开工作年度报告.md`), text);
  }
  return { files: count, bytes };
}

/**
 * Runs the CLI under bash, whose `times` gives the CPU time of the run: on a loaded machine the wall time
 * says more about the other processes than about nianbao, the CPU time does not.
 */
function timeCheck(dir: string, jobs: number): { secs: number; cpu: number; code: number | null; files: number } {
  const out = path.join(os.tmpdir(), `nianbao-bench-folder-${process.pid}.json`);
  const script = '"$@" > "$OUT" 2>/dev/null; code=$?; times >&2; exit $code';
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', script, 'bash', process.execPath, path.join(root, 'dist', 'cli.js'), 'check', '--format', 'json', '--jobs', String(jobs), dir], {
    encoding: 'utf8',
    env: { ...process.env, OUT: out },
  });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  // `times`: the shell's user and system time, then its children's.
  const children = r.stderr.trim().split('\n').pop() ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((n, m) => n + Number(m[1]) * 60 + Number(m[2]), 0);
  // The output of a thousand files is some 100 MB: its files are counted in the bytes, not parsed.
  let files = 0;
  try {
    const bytes = fs.readFileSync(out);
    const entry = Buffer.from('\n    {\n      "path": ');
    for (let at = bytes.indexOf(entry); at >= 0; at = bytes.indexOf(entry, at + entry.length)) files++;
    if (!bytes.subarray(-5).equals(Buffer.from('  ]\n}\n'.slice(-5)))) throw new Error('the JSON output ends short');
  } catch (e) {
    files = 0;
    console.error(`${(e as Error).message}\n${r.stderr.slice(0, 2000)}`);
  } finally {
    fs.rmSync(out, { force: true });
  }
  return { secs, cpu, code: r.status, files };
}

if (require.main === module) {
  const count = Number(process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--runs') ?? 1000);
  const keep = process.argv.includes('--keep');
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 3;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-folder-'));
  try {
    const g = generateFolder(dir, count);
    console.log(`nianbao folder benchmark: ${g.files} reports, ${(g.bytes / g.files / 1024).toFixed(0)} KB each on average, ${(g.bytes / 1024 / 1024).toFixed(1)} MB (${dir})`);
    console.log(`  cores ${os.availableParallelism?.() ?? os.cpus().length}, load average before ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    // This machine's speed (a shared VM's) changes by a third from one minute to the next: the runs alternate
    // the two numbers of jobs, and the summary gives each one's median and range, not one run's figure.
    const wall = new Map<number, number[]>([[1, []], [2, []]]);
    const cpu = new Map<number, number[]>([[1, []], [2, []]]);
    for (let run = 1; run <= runs; run++) {
      for (const jobs of [1, 2]) {
        const r = timeCheck(dir, jobs);
        wall.get(jobs)!.push(r.secs);
        cpu.get(jobs)!.push(r.cpu);
        const perCpuMinute = (r.files / r.cpu) * 60;
        console.log(
          `  run ${run}, check --format json --jobs ${jobs}: ${r.secs.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU for ${r.files} reports (exit ${r.code}); `
          + `${Math.round((r.files / r.secs) * 60)} reports/min here, ${Math.round(perCpuMinute)} reports per CPU-minute; `
          + `load average ${os.loadavg()[0].toFixed(2)}`,
        );
      }
    }
    for (const jobs of [1, 2]) {
      const w = [...wall.get(jobs)!].sort((a, b) => a - b);
      const c = [...cpu.get(jobs)!].sort((a, b) => a - b);
      const mid = (xs: number[]) => xs[Math.floor((xs.length - 1) / 2)];
      console.log(
        `  --jobs ${jobs}, ${runs} run${runs > 1 ? 's' : ''}: median ${mid(w).toFixed(1)} s wall (${w[0].toFixed(1)}–${w[w.length - 1].toFixed(1)}), `
        + `median ${mid(c).toFixed(1)} s CPU${jobs === 2 ? '; target ≤ 10 s' : ''}`,
      );
    }
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}
