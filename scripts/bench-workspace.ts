// `npm run bench:workspace` (also run by `npm run bench`): the workspace index over the protocol. Generates a
// folder of 1,000 reports of about 50 KB each (the example 2024 report with issuers, years and figures varied,
// lengthened with its own sentences that carry no figure), starts the bundled server on it and prints: the time
// to index the folder, the latency of hovers on an open document while the index runs (and, for comparison, once
// it is built), and the server's memory with the index built — with the load average, since other processes
// share the machine. Targets (issue 13): ≤ 15 s, ≤ 50 ms, ≤ 300 MB.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/protocol/lspServer';

const COUNT = Number(process.env.BENCH_REPORTS) || 1000;
const TARGET_BYTES = 50 * 1024;
const root = path.join(__dirname, '..');
const example = fs.readFileSync(path.join(root, 'examples', '青禾县人民政府2024年政府信息公开工作年度报告.md'), 'utf8');

/** The example's sentences without figures: prose to lengthen a report without adding contradictions. */
const plainSentences = example
  .split('\n')
  .filter((l) => l.trim() && !/^[|#（一二三四五六七八九十]/.test(l))
  .flatMap((l) => l.split(/(?<=。)/))
  .filter((x) => x.endsWith('。') && !/\d/.test(x));

function report(i: number): string {
  // Two consecutive years for each issuer: the pairs the checks across years will compare.
  let text = example.replaceAll('青禾县', `青禾${Math.floor(i / 2)}县`);
  if (i % 2) text = text.replaceAll('2024', '2023').replaceAll('2025', '2024');
  // The figures of the 主动公开 paragraph varied (years kept).
  const from = text.indexOf('（一）主动公开');
  const to = text.indexOf('\n', text.indexOf('\n', from) + 2);
  text = text.slice(0, from) + text.slice(from, to).replace(/\d+/g, (n) => (/^(19|20)\d\d$/.test(n) ? n : String(Number(n) + (i % 7)))) + text.slice(to);
  const at = text.indexOf('二、主动公开政府信息情况');
  const extra: string[] = [];
  for (let k = 0; Buffer.byteLength(text) + Buffer.byteLength(extra.join('\n\n')) < TARGET_BYTES; k++) {
    extra.push(Array.from({ length: 5 }, (_, j) => plainSentences[(i + k * 5 + j) % plainSentences.length]).join(''));
  }
  return `${text.slice(0, at)}${extra.join('\n\n')}\n\n${text.slice(at)}`;
}

/** CPU seconds the process used so far (user + system, all its threads); NaN where /proc is missing. */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return NaN;
  }
}

function rssMb(pid: number): { rss: number; peak: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-ws-'));
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const text = report(i);
    bytes += Buffer.byteLength(text);
    const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `r${String(i).padStart(4, '0')}.md`), text);
  }
  console.log(`工作区索引基准 / workspace index bench: ${COUNT} reports, ${(bytes / COUNT / 1024).toFixed(1)} KB each on average, ${os.availableParallelism?.() ?? os.cpus().length} cores, load average ${load()}`);

  const t0 = performance.now();
  const server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }], capabilities: { window: { workDoneProgress: true } } });
  const pid = server.proc.pid!;
  const cpu0 = cpuSeconds(pid);
  const done = () => server.logs.find((l) => l.startsWith('工作区索引'));
  // A small document open in the editor: hovers on a table cell every 100 ms while the index runs.
  const uri = 'untitled:bench-open.nianbao';
  await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: example } });
  await server.diagnostics(uri, 1);
  const line = example.split('\n').findIndex((l) => l.includes('本年新收政府信息公开申请数量'));
  const latencies: number[] = [];
  while (!done()) {
    const h0 = performance.now();
    await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 40 } });
    latencies.push(performance.now() - h0);
    await new Promise((r) => setTimeout(r, 100));
  }
  const indexMs = performance.now() - t0;
  const cpu = cpuSeconds(pid) - cpu0;
  const loadDuring = load();
  const built = rssMb(pid);
  const quiet: number[] = [];
  for (let i = 0; i < 20; i++) {
    const h0 = performance.now();
    await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 40 } });
    quiet.push(performance.now() - h0);
    await new Promise((r) => setTimeout(r, 50));
  }
  const published = new Set(server.published.filter((p) => p.uri.startsWith('file:')).map((p) => p.uri)).size;
  // The index workers end when the pass is done (or after 5 s idle): what the server still holds a while later.
  await new Promise((r) => setTimeout(r, 6000));
  const idle = rssMb(pid);
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  const line2 = (label: string, value: string, target: string) => console.log(`  ${label.padEnd(44)} ${value.padStart(12)}   ${target}`);
  line2('index time / 索引用时', `${(indexMs / 1000).toFixed(1)} s`, `target ≤ 15 s (${Math.round((COUNT / indexMs) * 60_000)} reports/min)`);
  line2('CPU time of the server while indexing', `${cpu.toFixed(1)} s`, `≈ ${(cpu / Math.min(2, os.availableParallelism?.() ?? 2)).toFixed(1)} s on 2 idle cores`);
  line2('reports indexed with findings published', String(published), `of ${COUNT}`);
  line2(`hover while indexing (${latencies.length} hovers) p50`, `${percentile(latencies, 50).toFixed(1)} ms`, '');
  line2('hover while indexing p95', `${percentile(latencies, 95).toFixed(1)} ms`, 'target ≤ 50 ms');
  line2('hover while indexing max', `${Math.max(...latencies).toFixed(1)} ms`, '');
  line2('hover with the index built (no indexing) p50', `${percentile(quiet, 50).toFixed(1)} ms`, 'for comparison: the machine\'s own latency');
  line2('server RSS with the index built', `${built.rss.toFixed(0)} MB`, 'target ≤ 300 MB');
  line2('server RSS 6 s later', `${idle.rss.toFixed(0)} MB`, '');
  line2('server peak RSS (VmHWM)', `${idle.peak.toFixed(0)} MB`, '');
  console.log(`  load average during the run / 运行期间负载: ${loadDuring} (1, 5, 15 min)`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
