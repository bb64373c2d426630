import { CalibrationRunEntity, CalibrationUnitEntity } from './calibration.entity';
import { CodeEntity } from './code.entity';
import { CodingRunEntity } from './coding-run.entity';
import { HighlightEntity } from './highlight.entity';
import { ThemeRunEntity } from './theme-run.entity';
import { ThemeEntity } from './theme.entity';

/** The tables libs/coding owns: `code`, `highlight`, `coding_run`, `theme`, `theme_run`, `calibration_run` and `calibration_unit`. */
export const CODING_ENTITIES = [
  CodeEntity,
  HighlightEntity,
  CodingRunEntity,
  ThemeEntity,
  ThemeRunEntity,
  CalibrationRunEntity,
  CalibrationUnitEntity,
];
