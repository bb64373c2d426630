import type { RouteLocationRaw } from 'vue-router';

/** One choice of a SelectField. */
export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
}

/** One link of a TabNav. */
export interface TabItem {
  label: string;
  to: RouteLocationRaw;
  /** Shown as a small badge after the label. */
  count?: number;
}
