/** One horizontal bar: a choice, with how many picked it and their share of those who answered. */
export interface Bar {
  id: string;
  label: string;
  count: number;
  share: number;
}

/** 0.4213 → "42%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A mean or median with at most two decimals: 3.5, 4, 3.67. */
export function decimal(value: number | null | undefined): string {
  return value == null ? '–' : String(Math.round(value * 100) / 100);
}
