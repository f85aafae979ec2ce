const NUMBER = /^-?[\d.,]+x?$|^-$/;

/** A plain-text table: columns padded to their widest cell, all-number columns right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const cell = (r: readonly string[], i: number) => r[i] ?? '';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => cell(r, i).length)));
  const numeric = header.map(
    (_, i) => rows.every((r) => NUMBER.test(cell(r, i))) && rows.some((r) => /\d/.test(cell(r, i))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
