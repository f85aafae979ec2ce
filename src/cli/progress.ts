/**
 * Progress of a long run on stderr: redrawn in place on a terminal, a line every few seconds
 * otherwise (logs, CI), with rate and time left.
 */
export class Progress {
  private readonly started = Date.now();
  private lastLine = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, errors: number): void {
    const now = Date.now();
    if (!this.stream.isTTY && now - this.lastLine < 5000 && done < this.total) return;
    this.lastLine = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = done / seconds;
    const eta = rate > 0 ? Math.ceil((this.total - done) / rate) : 0;
    const line = `${this.label} ${done}/${this.total} · ${rate.toFixed(1)} articles/s · ${errors} errors · ${eta}s left`;
    this.stream.write(this.stream.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }

  done(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
