/**
 * Fixed-width int32 rows kept in one growing array: a per-word-form cache of summed weights
 * whose rows sit together in memory and cost the garbage collector one object, not one typed
 * array each. The first `reserved` rows survive `clear()`.
 */
export class RowArena {
  /** Row `r` is `data[r * width .. (r + 1) * width)`; replaced when the arena grows. */
  data: Int32Array;
  private used = 0;

  constructor(
    readonly width: number,
    /** Rows held before `full` turns true. */
    readonly limit: number,
    readonly reserved = 0,
  ) {
    this.data = new Int32Array(width * Math.min(limit, 256));
  }

  get full(): boolean {
    return this.used >= this.limit;
  }

  /** The offset of a new zeroed row (read `data` again afterwards: it may have grown). */
  add(): number {
    const at = this.used * this.width;
    if (at + this.width > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, at + this.width));
      grown.set(this.data);
      this.data = grown;
    }
    this.used++;
    return at;
  }

  /** Forgets every row but the reserved ones. */
  clear(): void {
    this.data.fill(0, this.reserved * this.width, this.used * this.width);
    this.used = this.reserved;
  }
}
