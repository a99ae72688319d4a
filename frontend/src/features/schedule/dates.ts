/** A run time (unix ms) as "Montag, 5. Januar 2027 um 02:00" / "Monday, January 5, 2027 at 2:00 AM". */
export function formatRunTime(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(ms));
}

/** A billed month "2026-11" as "November 2026". */
export function formatMonth(month: string, lang: string): string {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return month;
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric' }).format(new Date(year, mon - 1, 1));
}

/** A calendar date "2026-11-01" as "1. November 2026" / "November 1, 2026". */
export function formatDay(date: string, lang: string): string {
  const [year, mon, day] = date.split('-').map(Number);
  if (!year || !mon || !day) return date;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(year, mon - 1, day));
}
