/** The stream ended in the middle of something the reader was asked for. */
export class EndOfInput extends Error {
  constructor(readonly offset: number) {
    super(`input ends early at byte ${offset}`);
  }
}

/**
 * Reads a byte stream piecewise — up to a delimiter, an exact length, or skipping a length — while
 * holding only what was asked for plus one chunk, so a multi-gigabyte stream runs in bounded memory.
 */
export class ByteReader {
  private head: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes consumed so far, for messages. */
  offset = 0;

  constructor(private readonly source: AsyncIterator<Buffer | Uint8Array>) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
    return true;
  }

  private take(n: number): Buffer {
    const out = this.head.subarray(0, n);
    this.head = this.head.subarray(n);
    this.offset += n;
    return out;
  }

  /** True when nothing is left. */
  async atEnd(): Promise<boolean> {
    while (this.head.length === 0) if (!(await this.fill())) return true;
    return false;
  }

  /** Drops leading bytes that are in `bytes` (blank lines between records). */
  async skipAny(bytes: readonly number[]): Promise<void> {
    for (;;) {
      let i = 0;
      while (i < this.head.length && bytes.includes(this.head[i] as number)) i++;
      this.take(i);
      if (this.head.length > 0 || !(await this.fill())) return;
    }
  }

  /**
   * The bytes up to and including `delimiter`; null when the stream ends cleanly first with
   * nothing read; EndOfInput when it ends part-way; an error past `maxBytes`.
   */
  async readUntil(delimiter: Buffer, maxBytes: number): Promise<Buffer | null> {
    let searched = 0;
    for (;;) {
      const at = this.head.indexOf(delimiter, Math.max(0, searched - delimiter.length));
      if (at >= 0) return Buffer.from(this.take(at + delimiter.length));
      searched = this.head.length;
      if (searched > maxBytes) throw new Error(`no end of header within ${maxBytes} bytes`);
      if (!(await this.fill())) {
        if (this.head.length === 0) return null;
        throw new EndOfInput(this.offset + this.head.length);
      }
    }
  }

  /** Exactly `n` bytes (EndOfInput when the stream is shorter). */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      if (this.head.length === 0 && !(await this.fill())) throw new EndOfInput(this.offset);
      const part = this.take(Math.min(left, this.head.length));
      parts.push(part);
      left -= part.length;
    }
    return parts.length === 1 ? Buffer.from(parts[0] as Buffer) : Buffer.concat(parts);
  }

  /** Passes over `n` bytes without keeping them. */
  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.head.length === 0 && !(await this.fill())) throw new EndOfInput(this.offset);
      left -= this.take(Math.min(left, this.head.length)).length;
    }
  }
}
