import type { Mention } from '../../doc/types.js';

/** Types a one-word name can have when it is a person's surname or given name. */
const PART_TYPES = new Set(['PERSON', 'MISC', 'ORG', 'GPE', 'LOC']);

function words(text: string): string[] {
  return text.split(/\s+/u);
}

/**
 * Folds groups of one-word names into the one full person name of the article that ends with
 * that word ("Lebed" → "Alexander Lebed"), or failing that begins with it ("Naina" → "Naina
 * Yeltsin"), wherever in the article it stands (a headline names "Yeltsin" before the story names
 * "Boris Yeltsin"). A word two full names share ("Park") stays apart: never a guess.
 */
export function mergeNameParts(
  groups: Map<string, number[]>,
  mentions: readonly Mention[],
): Map<string, number[]> {
  // Each word that ends (or begins) a full person name → the groups whose names it ends (begins).
  const byLast = new Map<string, Set<string>>();
  const byFirst = new Map<string, Set<string>>();
  const note = (index: Map<string, Set<string>>, word: string, key: string) => {
    const keys = index.get(word);
    if (keys) keys.add(key);
    else index.set(word, new Set([key]));
  };
  for (const [key, group] of groups) {
    const first = mentions[group[0] as number] as Mention;
    const named = first.type === 'PERSON' || (first.type === 'MISC' && key.startsWith('name:'));
    if (!named || key.includes('#')) continue;
    for (const i of group) {
      const parts = words((mentions[i] as Mention).text);
      if (parts.length < 2) continue;
      note(byLast, parts.at(-1) as string, key);
      note(byFirst, parts[0] as string, key);
    }
  }
  const only = (keys: Set<string> | undefined) =>
    keys?.size === 1 ? ([...keys][0] as string) : undefined;
  const merged = new Map(groups);
  for (const [key, group] of groups) {
    const first = mentions[group[0] as number] as Mention;
    if (!key.startsWith('name:') || !PART_TYPES.has(first.type)) continue;
    const text = first.text;
    if (words(text).length !== 1 || !/^\p{Lu}/u.test(text)) continue;
    const into =
      only(byLast.get(text)) ?? (first.type === 'PERSON' ? only(byFirst.get(text)) : undefined);
    if (!into || into === key) continue;
    merged.set(
      into,
      [...(merged.get(into) ?? []), ...group].sort((a, b) => a - b),
    );
    merged.delete(key);
  }
  return new Map([...merged].sort(([, a], [, b]) => (a[0] as number) - (b[0] as number)));
}
