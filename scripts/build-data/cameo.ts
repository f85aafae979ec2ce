import { join } from 'node:path';
import { readTsv } from './io.js';

export interface EventCode {
  name: string;
  gdeltName: string;
  root: string;
  level: 'root' | 'base' | 'sub';
  goldstein: number | null;
  quad: number;
  plover: { event: string; mode: string; context: string } | null;
}

/**
 * cameo/event-codes.tsv → code table. `name` is the CAMEO 1.1b3 manual name (PETRARCH numbering,
 * see the cameo README defect 3); `quad` is the GDELT quad_class, not the Phoenix one.
 */
export function buildEventCodes(shared: string): {
  codes: Record<string, EventCode>;
  quadClasses: Record<string, string>;
} {
  const codes: Record<string, EventCode> = {};
  const rows = readTsv(join(shared, 'cameo/event-codes.tsv')).sort((a, b) =>
    (a.code ?? '') < (b.code ?? '') ? -1 : 1,
  );
  for (const r of rows) {
    const level = r.level === 'root' || r.level === 'base' ? r.level : 'sub';
    codes[r.code ?? ''] = {
      name: r.name_cameo_manual || (r.name ?? ''),
      gdeltName: r.name ?? '',
      root: r.root ?? '',
      level,
      goldstein: r.goldstein ? Number(r.goldstein) : null,
      quad: Number(r.quad_class),
      plover: r.plover_event
        ? { event: r.plover_event, mode: r.plover_mode ?? '', context: r.plover_context ?? '' }
        : null,
    };
  }
  const quadClasses: Record<string, string> = {};
  for (const r of readTsv(join(shared, 'cameo/quad-classes.tsv')))
    quadClasses[r.quad_class ?? ''] = r.quad_class_name ?? '';
  return { codes, quadClasses };
}
