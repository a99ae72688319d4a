/** Folds like the backend's catalog.Fold: accents off (NFD minus marks), lower case. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

const wordChar = /[\p{L}\p{N}]/u;

export interface Part {
  text: string;
  mark: boolean;
}

/**
 * Splits text into marked and unmarked parts the way the catalog search matched it: the
 * whole query as a prefix of the text (the identifier tier), and every query word as the
 * prefix of a word of the text (the full-text tier). Folding can change a character's
 * length, so matching runs on the folded text with a map back to the original characters.
 */
export function highlightParts(text: string, query: string): Part[] {
  const chars = [...text];
  const owner: number[] = []; // folded code unit → index in chars
  let folded = '';
  chars.forEach((ch, i) => {
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) owner.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  const markRange = (from: number, to: number) => {
    for (let k = from; k < to; k++) marked[owner[k] ?? 0] = true;
  };

  const q = fold(query).trim();
  if (q && folded.startsWith(q)) markRange(0, q.length);
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < folded.length; i++) {
    if (!wordChar.test(folded[i] ?? '') || (i > 0 && wordChar.test(folded[i - 1] ?? ''))) continue;
    for (const w of words) if (folded.startsWith(w, i)) markRange(i, i + w.length);
  }

  const parts: Part[] = [];
  chars.forEach((ch, i) => {
    const mark = marked[i] ?? false;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += ch;
    else parts.push({ text: ch, mark });
  });
  return parts;
}
