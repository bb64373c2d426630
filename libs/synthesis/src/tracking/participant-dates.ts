import { Injectable } from '@nestjs/common';
import { InterviewReader } from '@persona-lab/interviews';
import { ResponseReader } from '@persona-lab/surveys';

/**
 * The date of each participant's data, keyed like `StudyParticipantsLoader` keys participants
 * (`p:<participant>` for linked rows, else `r:<response>` / `i:<interview>`): a response's
 * submission, an interview's conducted date (else when it was added); a participant with several
 * takes the earliest. Feedback conversations (`c:`) have no date here yet: the assignment job
 * dates them when it first sees them.
 */
@Injectable()
export class ParticipantDates {
  constructor(
    private readonly responses: ResponseReader,
    private readonly interviews: InterviewReader,
  ) {}

  async of(studyId: string): Promise<Map<string, Date>> {
    const [responses, interviews] = await Promise.all([
      this.responses.submittedOfStudy(studyId),
      this.interviews.datesOfStudy(studyId),
    ]);
    const out = new Map<string, Date>();
    const put = (key: string, at: Date) => {
      const d = new Date(at);
      const prev = out.get(key);
      if (!prev || d < prev) out.set(key, d);
    };
    for (const r of responses) put(r.participantId ? `p:${r.participantId}` : `r:${r.id}`, r.at);
    for (const i of interviews) put(i.participantId ? `p:${i.participantId}` : `i:${i.id}`, i.at);
    return out;
  }
}
