/** One field a write changed: its value before and after (undefined: not there). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A recorded before/after of the write history as an object; {} when there is none (or not an object). */
export function writeRecord(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The fields a write changed, from the history's before/after JSON: for a create every field
 * it set, for an update only those that differ. Values are compared as JSON.
 */
export function changedFields(beforeJson: string, afterJson: string): FieldChange[] {
  const before = writeRecord(beforeJson);
  const after = writeRecord(afterJson);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** A field's value as text: numbers and strings as they came, objects as JSON, missing as "". */
export function valueText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A run's counts as the history and the landing page show them: created, updated, unchanged, skipped. */
export function runCounts(counts: Record<string, number | undefined>) {
  const c = (k: string) => counts[k] ?? 0;
  return {
    created: c('create') + c('adopted'),
    updated: c('update') + c('zero'),
    unchanged: c('unchanged'),
    skipped: c('skip') + c('not_run'),
  };
}

export const runResults = ['running', 'succeeded', 'partial', 'failed', 'cancelled', 'interrupted'] as const;
export const runTriggers = ['manual', 'scheduled', 'command_line'] as const;
export const writeActions = [
  'create_addition',
  'update_addition',
  'create_catalog_item',
  'update_catalog_item',
] as const;

export function known<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return list.find((x) => x === value) ?? fallback;
}
