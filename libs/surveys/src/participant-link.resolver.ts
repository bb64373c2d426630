import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { ParticipantLink } from './models/participant-link.model';
import {
  MAX_PARTICIPANT_LABEL,
  PARTICIPANT_SIG_FIELD,
  ParticipantLinkSigner,
} from './participant-link';
import { SurveyService } from './survey.service';

@Resolver(() => ParticipantLink)
export class ParticipantLinkResolver {
  constructor(
    private readonly surveys: SurveyService,
    private readonly signer: ParticipantLinkSigner,
  ) {}

  /** A signed participant link to a survey (OWNER, RESEARCHER); unsigned `participant` fields link nobody. */
  @Access('user')
  @Query(() => ParticipantLink, {
    description:
      "A signed link whose responses are attached to the participant `label` of the survey's study (OWNER, RESEARCHER). A `participant` hidden field without a valid signature is stored as an ordinary hidden field and links nobody.",
  })
  async participantLink(
    @CurrentUser() user: AuthUser,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('label', { type: () => String }) label: string,
  ): Promise<ParticipantLink> {
    const survey = await this.surveys.requireSurvey(user, surveyId, Right.RESEARCH);
    const clean = label.trim();
    if (!clean || clean.length > MAX_PARTICIPANT_LABEL)
      throw badInput(`Give a participant label of 1 to ${MAX_PARTICIPANT_LABEL} characters.`, {
        field: 'label',
      });
    const signature = this.signer.sign(survey.id, clean);
    const query = new URLSearchParams({ participant: clean, [PARTICIPANT_SIG_FIELD]: signature });
    return {
      label: clean,
      signature,
      path: `/s/${encodeURIComponent(survey.slug)}?${query.toString()}`,
    };
  }
}
