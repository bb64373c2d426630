export { StudiesModule } from './studies.module';
export { StudyService } from './study.service';
export { StudyAccessService, type StudyAccess, type StudyLocator } from './study-access.service';
export { ParticipantService } from './participant.service';
export { ParticipantReader, type ParticipantSummary } from './data/participant.reader';
export { Study } from './models/study.model';
export { Participant } from './models/participant.model';
export { CreateStudyInput } from './dto/create-study.input';
