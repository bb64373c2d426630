import { CodeEntity } from './code.entity';
import { CodingRunEntity } from './coding-run.entity';
import { HighlightEntity } from './highlight.entity';
import { ThemeRunEntity } from './theme-run.entity';
import { ThemeEntity } from './theme.entity';

/** The tables libs/coding owns: `code`, `highlight`, `coding_run`, `theme` and `theme_run`. */
export const CODING_ENTITIES = [
  CodeEntity,
  HighlightEntity,
  CodingRunEntity,
  ThemeEntity,
  ThemeRunEntity,
];
