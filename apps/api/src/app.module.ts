import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLDateTime } from 'graphql-scalars';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import { JobsModule, dataSourceOptions } from '@persona-lab/db';
import { MailModule } from '@persona-lab/mail';
import { LlmModule } from '@persona-lab/llm';
import { CodingModule } from '@persona-lab/coding';
import { SynthesisModule } from '@persona-lab/synthesis';
import { AccountsModule } from '@persona-lab/auth';
import type { AppConfig } from './config';
import { ExpressApolloDriver } from './graphql/express-apollo.driver';
import { costLimitRule } from './graphql/cost-limit';
import { createFormatError } from './graphql/format-error';
import { requestErrorStatusPlugin } from './graphql/status-plugin';
import { variablesLimitPlugin } from './graphql/variables-limit-plugin';
import { validationPipe } from './graphql/validation';
import { HealthController } from './http/health.controller';
import { EmailEnabledResolver } from './mail/email-enabled.resolver';
import { HttpErrorFilter } from './http/http-error.filter';
import { customerKeySecret, linkSecret } from './link-secret';
import { SurveysModule } from '@persona-lab/surveys';
import { CustomerKeysModule, StudiesModule } from '@persona-lab/studies';
import { InterviewsApiModule } from '@persona-lab/interviews';
import { AnalyticsModule } from '@persona-lab/analytics';
import { PersonaMembershipModule, PersonaSharesModule, PersonasModule } from '@persona-lab/personas';
import { NotificationsModule } from '@persona-lab/notifications';
import { SearchModule } from '@persona-lab/search';
import { FeedbackModule } from '@persona-lab/feedback';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

/** The composition root: config, database, GraphQL and every domain module. */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    // Introspection and "did you mean" suggestions map the schema for anyone: off in production unless GRAPHQL_INTROSPECTION=true.
    const openSchema = config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
    const armor = new ApolloArmor({
      maxDepth: { n: config.GRAPHQL_MAX_DEPTH },
      // The cost limit is graphql/cost-limit.ts: armor's figures plus the cost of filtered results.
      costLimit: { enabled: false },
      maxAliases: { n: 30 },
      maxDirectives: { n: 30 },
      // Its parser runs inside a plugin hook, where a syntax error becomes a 500; depth, cost and alias limits cover the same ground.
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: !openSchema },
    }).protect();
    // Configured once and handed to every module that runs jobs or calls a model: one queue, one client.
    const jobs = JobsModule.forRoot({
      url: databaseUrl,
      runsWorkers: config.ROLE !== 'api',
      expireSeconds: config.JOB_EXPIRE_SECONDS,
      log: (message, error) => logger.warn({ err: error }, message),
    });
    // Outgoing mail: an outbox written in the caller's transaction, delivered by a job over SMTP_URL
    // (unset: mails go to the log). Handed to every module that sends mail: `XModule.forRoot({ ..., mail })`.
    const mail = MailModule.forRoot({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      jobs,
      log: logger.child({ module: 'mail' }),
    });
    const llm = LlmModule.forRoot({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      tokenBudget: config.TOKEN_BUDGET,
    });
    // Customer identity: identifiers hashed with a secret derived from the link secret, one instance
    // handed to every module that links customers to participants (feedback, surveys, analytics).
    const customerKeys = CustomerKeysModule.forRoot({ secret: customerKeySecret(linkSecret(config)) });
    // The writer other modules call inside their transactions; its mails link to PUBLIC_URL.
    const notifications = NotificationsModule.forRoot({ mail, publicUrl: config.PUBLIC_URL });
    // Personas write review notifications; synthesis hands its drafts to the same module instance.
    const personas = PersonasModule.forRoot({ notifications });
    const synthesis = SynthesisModule.forRoot({
      staleRunSeconds: config.JOB_EXPIRE_SECONDS * 3,
      // pg-boss 10 cannot extend a job's expiry: a synthesis job gets the engine's budget plus room to load and write.
      limits: {
        maxParticipants: config.SYNTHESIS_MAX_PARTICIPANTS,
        maxSeconds: config.SYNTHESIS_MAX_SECONDS,
        jobExpireSeconds: config.SYNTHESIS_MAX_SECONDS + config.JOB_EXPIRE_SECONDS,
      },
      jobs,
      llm,
      personas,
    });
    return {
      module: AppModule,
      imports: [
        // Every statement runs under a timeout; a worker-only process (background jobs) has a longer one.
        TypeOrmModule.forRoot(
          dataSourceOptions(
            databaseUrl,
            20,
            config.ROLE === 'worker' ? config.JOB_STATEMENT_TIMEOUT_MS : config.STATEMENT_TIMEOUT_MS,
          ),
        ),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          // Apollo through a leaner Express glue (graphql/express-apollo.driver.ts).
          driver: ExpressApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          // Strict RFC 3339 date-times: an impossible date is a BAD_USER_INPUT, never an Invalid Date in SQL.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: GraphQLDateTime }] },
          sortSchema: true,
          playground: false,
          introspection: openSchema,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          persistedQueries: false,
          // No HTTP caching of GraphQL answers, so the per-field cache-control bookkeeping is off.
          plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled(), requestErrorStatusPlugin, variablesLimitPlugin],
          validationRules: [...armor.validationRules, costLimitRule({ maxCost: config.GRAPHQL_MAX_COST })],
          csrfPrevention: true,
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: createFormatError(logger),
        }),
        AccountsModule.forRoot({
          sessionTtlHours: config.SESSION_TTL_HOURS,
          sessionIdleHours: config.SESSION_IDLE_HOURS,
          loginAttemptsPer15Min: config.LOGIN_ATTEMPTS_PER_15_MIN,
          argon2MemoryKib: config.ARGON2_MEMORY_KIB,
          // Workspace invitation and password reset mails, with links to PUBLIC_URL.
          mail,
          publicUrl: config.PUBLIC_URL,
        }),
        mail,
        StudiesModule,
        customerKeys,
        // Support tickets, chats, reviews and feedback: uploads streamed into the database, customers linked by hashed identifier.
        FeedbackModule.forRoot({ customerKeys }),
        notifications,
        // Transcripts' GraphQL surface; an interview's customer id links it through the same customer keys.
        InterviewsApiModule.forRoot({ customerKeys }),
        // Product analytics: the upload hashes user ids with the same customer keys and links them.
        AnalyticsModule.forRoot({ customerKeys }),
        SurveysModule.forRoot({
          publicRequestsPerMinute: config.PUBLIC_REQUESTS_PER_MINUTE,
          linkSecret: linkSecret(config),
          customerKeys,
          llm,
          // Surveys sit below personas: the results' persona filter reads members through this port.
          personaMembership: PersonaMembershipModule,
          // Invitation and reminder mails (links to PUBLIC_URL); the reminder sweep is a job schedule.
          mail,
          jobs,
          publicUrl: config.PUBLIC_URL,
        }),
        CodingModule.forRoot({ jobs, llm }),
        synthesis,
        personas,
        SearchModule,
        // Share links to approved personas: their addresses start with PUBLIC_URL; the public page is rate-limited like a survey's.
        PersonaSharesModule.forRoot({
          publicUrl: config.PUBLIC_URL,
          publicRequestsPerMinute: config.PUBLIC_REQUESTS_PER_MINUTE,
        }),
      ],
      controllers: [HealthController],
      providers: [
        EmailEnabledResolver,
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useValue: new HttpErrorFilter(logger) },
      ],
    };
  }
}
