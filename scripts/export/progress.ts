/** Slide-by-slide progress on stderr, so stdout stays clean for the output path. */
export interface Progress {
  step(done: number, total: number, label: string): void;
  log(line: string): void;
}

export function progress(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet) return { step() {}, log() {} };
  return {
    step(done, total, label) {
      const width = 24;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      stream.write(`[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label}\n`);
    },
    log(line) {
      stream.write(`${line}\n`);
    },
  };
}
