export {
  discoverThemes,
  discoverThemesWith,
  DEFAULT_THEME_PARAMS,
  MIN_UNITS,
  type ThemeParams,
} from './discover-themes';
export type { Theme, ThemeMember, ThemeOptions, ThemeResult, ThemeUnit } from './types';
