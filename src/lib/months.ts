/** The one month table of the project: cables write months as `JUL`, `Jul`, `July`; pages show `July`. */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Month name or its three-letter abbreviation (any case) to `01`–`12`, or null. */
export function monthNumber(name: string): string | null {
  const prefix = name.slice(0, 3).toLowerCase();
  const index = prefix.length === 3 ? MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(prefix)) : -1;
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}

/** `1`–`12` to `January`–`December`; '' outside that range. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}
