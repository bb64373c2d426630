// Rungs "nest-…": the same resolver inside Nest, with a global guard that reads the GraphQL
// context and a global ValidationPipe over class-validator inputs, as the app has.
// LADDER_RUNG: nest-fastify (Fastify + @nestjs/mercurius with graphql-jit), nest-fastify-nopipe
// (the same without the ValidationPipe), nest-express (Express + @nestjs/apollo), nest-fastify-apollo
// (Fastify + @nestjs/apollo), nest-express-yoga (Express + @graphql-yoga/nestjs, @envelop/graphql-jit).
// Transpiled by ladder.mjs into its package folder, where these imports resolve.
import 'reflect-metadata';
import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  Module,
  ValidationPipe,
} from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import {
  Args,
  Context,
  Field,
  GqlExecutionContext,
  GraphQLModule,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import pg from 'pg';
const { submitter } = require('./submit-sql.cjs');

const RUNG = process.env.LADDER_RUNG ?? 'nest-fastify';
const FASTIFY = RUNG.startsWith('nest-fastify');
const DRIVER =
  RUNG.endsWith('-apollo') || RUNG === 'nest-express'
    ? 'apollo'
    : RUNG.endsWith('-yoga')
      ? 'yoga'
      : 'mercurius';
const pool = new pg.Pool({ max: 20 });
pool.on('error', () => undefined);
const submit = submitter(pool);

@InputType()
class AnswerInput {
  @Field(() => ID) @IsString() @MaxLength(200) questionId!: string;
  @Field(() => GraphQLJSON) value!: unknown;
}

@InputType()
class SubmitResponseInput {
  @Field() @IsString() @MaxLength(200) slug!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() invitationToken?: string;
  @Field(() => ID) @IsString() @MaxLength(200) clientResponseId!: string;
  @Field(() => [AnswerInput])
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  @ArrayMaxSize(500)
  answers!: AnswerInput[];
  @Field() @IsBoolean() complete!: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() hiddenFields?: unknown;
}

@ObjectType()
class SubmitResponsePayload {
  @Field(() => ID) responseId!: string;
  @Field() complete!: boolean;
}

@Injectable()
class ContextGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    return Boolean(GqlExecutionContext.create(context).getContext());
  }
}

@Resolver()
class SubmitResolver {
  @Query(() => Boolean) ok(): boolean {
    return true;
  }

  @Mutation(() => SubmitResponsePayload)
  submitResponse(
    @Args('input') input: SubmitResponseInput,
    @Context() ctx: { ip: string },
  ): Promise<SubmitResponsePayload> {
    return submit(input, ctx.ip);
  }
}

async function main(): Promise<void> {
  const graphql =
    DRIVER === 'mercurius'
      ? GraphQLModule.forRoot({
          driver: (await import('@nestjs/mercurius')).MercuriusDriver,
          autoSchemaFile: true,
          jit: 1,
          context: (req: { ip: string }) => ({ ip: req.ip }),
        } as never)
      : DRIVER === 'yoga'
        ? GraphQLModule.forRoot({
            driver: (await import('@graphql-yoga/nestjs')).YogaDriver,
            autoSchemaFile: true,
            graphiql: false,
            plugins: [(await import('@envelop/graphql-jit')).useGraphQlJit()],
            context: ({ req }: { req: { ip: string } }) => ({ ip: req.ip }),
          } as never)
        : GraphQLModule.forRoot({
            driver: (await import('@nestjs/apollo')).ApolloDriver,
            autoSchemaFile: true,
            playground: false,
            // Express integration: ({ req, res }); Fastify integration: (request, reply).
            context: (arg: { req?: { ip: string }; ip?: string }) => ({
              ip: arg.req?.ip ?? arg.ip,
            }),
          } as never);

  @Module({
    imports: [graphql],
    providers: [SubmitResolver, { provide: APP_GUARD, useClass: ContextGuard }],
  })
  class LadderModule {}

  const app = FASTIFY
    ? await NestFactory.create(
        LadderModule,
        new (await import('@nestjs/platform-fastify')).FastifyAdapter(),
        { logger: ['error'] },
      )
    : await NestFactory.create(LadderModule, { logger: ['error'] });
  if (!RUNG.includes('nopipe')) app.useGlobalPipes(new ValidationPipe());
  await app.listen(Number(process.env.BASELINE_PORT ?? 0), '127.0.0.1');
  process.stdout.write(`listening ${app.getHttpServer().address().port}\n`);
  process.on(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => pool.end())
        .finally(() => process.exit(0)),
  );
}

void main();
