import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@persona-lab/auth';
import { MailService } from '@persona-lab/mail';

/** Whether mail really leaves (SMTP_URL is set); the UI says "Email is off" when not. */
@Resolver()
export class EmailEnabledResolver {
  constructor(private readonly mail: MailService) {}

  @Access('user')
  @Query(() => Boolean, {
    description:
      'Whether outgoing email is configured (SMTP_URL); when false, mails are only written to the server log.',
  })
  emailEnabled(): boolean {
    return this.mail.enabled;
  }
}
