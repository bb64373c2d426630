import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentUser, clientIp, type AuthUser, type GqlContext } from '@persona-lab/auth';
import { Invitation } from '../models/survey.model';
import { SubmissionService } from '../submission.service';
import {
  InvitationDelivery,
  InvitationSendReport,
  SendSurveyInvitationsInput,
} from './invitation-mail.model';
import { InvitationMailService } from './invitation-mail.service';

@Resolver(() => Invitation)
export class InvitationMailResolver {
  constructor(
    private readonly invitations: InvitationMailService,
    private readonly submissions: SubmissionService,
  ) {}

  @Access('user')
  @Mutation(() => InvitationSendReport, {
    description:
      'Invites a list of addresses to an OPEN survey by email: each valid, new address gets a single-use link and one mail; every other line is reported with its reason (OWNER, RESEARCHER).',
  })
  sendSurveyInvitations(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => SendSurveyInvitationsInput }) input: SendSurveyInvitationsInput,
  ): Promise<InvitationSendReport> {
    return this.invitations.send(user, input);
  }

  @Access('user')
  @Mutation(() => Invitation, {
    description:
      "Mails an invitation's link again; not to an address that completed the survey or unsubscribed (OWNER, RESEARCHER).",
  })
  resendInvitation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Invitation> {
    return this.invitations.resend(user, id);
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description:
      'No sign-in: the unsubscribe link of an invitation mail. No more invitations or reminders go to that address about that survey. False when the link is unknown.',
  })
  async unsubscribeFromSurvey(
    @Args('token', { type: () => String }) token: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.submissions.rateLimit(clientIp(ctx.req));
    return this.invitations.unsubscribe(token);
  }

  @ResolveField(() => InvitationDelivery, {
    nullable: true,
    description:
      'Its mails: state, times, reminders; null when it was never mailed (a link copied by hand).',
  })
  delivery(
    @Parent() invitation: Invitation,
    @Context() ctx: object,
  ): Promise<InvitationDelivery | null> {
    return this.invitations.deliveryBatched(ctx, invitation.id);
  }
}
