/** Test support for the synthesis engine: the generated needs study and builders of tiny inputs. */
export {
  generateNeedsStudy,
  NEEDS_QUESTIONS,
  type NeedsStudyOptions,
  type NeedsStudy,
} from './generate-needs-study';
export * from './test-helpers';
