export { SurveysModule } from './surveys.module';
export { SurveyService, type SurveyRow } from './survey.service';
export { SurveyVersionStore } from './survey-version.store';
export { Survey, Question } from './models/survey.model';
export { SubmissionService } from './submission.service';
export { importSurveyCsv, CsvImportError } from './import';
export { SubmitResponseInput } from './dto/survey.input';
