/** Numbers and ages in the UI language (German uses "12.345", English "12,345"). */
export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "vor 5 Minuten" / "5 minutes ago"; under a minute: "gerade eben" / "now". */
export function formatAge(ageMs: number, lang: string): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (ageMs >= ms) return rtf.format(-Math.floor(ageMs / ms), unit);
  }
  return rtf.format(0, 'second');
}

/** A date and time as the UI shows them: "01.12.2026, 09:00" / "Dec 1, 2026, 9:00 AM". */
export function formatDateTime(when: Date | number | string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(when));
}
