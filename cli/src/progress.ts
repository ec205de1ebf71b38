// Progress of a long run on stderr: "已检查 120/1000 个文件 / checked 120 of 1000 files". On a terminal one
// line rewritten in place; elsewhere (with --progress) a line at most every second. Never on stdout.
export interface Progress {
  update(done: number): void;
  /** Clears the line on a terminal, before other stderr output and at the end. */
  clear(): void;
}

const NONE: Progress = { update() {}, clear() {} };

export function progressOn(stream: NodeJS.WriteStream, total: number, forced: boolean): Progress {
  const tty = !!stream.isTTY;
  if (!tty && !forced) return NONE;
  const interval = tty ? 100 : 1000;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const line = (done: number) => `nianbao: 已检查 ${done}/${total} 个文件 / checked ${done} of ${total} files`;
  return {
    update(done) {
      const now = Date.now();
      // Quiet for short runs; always say the end of a run that showed progress.
      if (now - started < 1000 && !forced) return;
      if (now - last < interval && done < total) return;
      last = now;
      if (tty) stream.write(`\r\x1b[K${line(done)}`);
      else stream.write(`${line(done)}\n`);
      shown = true;
    },
    clear() {
      if (tty && shown) stream.write('\r\x1b[K');
    },
  };
}
