import { Args, Field, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Access, CurrentUser, type AuthUser } from '@persona-lab/auth';
import { FeedbackService } from './feedback.service';
import {
  FeedbackConversation,
  FeedbackConversationPage,
  FeedbackFieldEnum,
  FeedbackImport,
  FeedbackKindEnum,
  FeedbackMessage,
  FeedbackPreview,
} from './models/feedback.model';

@InputType({ description: 'The field a CSV column is read as, by its header.' })
export class FeedbackColumnInput {
  @Field({ description: 'The header text, as in the file.' }) @IsString() @MaxLength(500) header!: string;
  @Field(() => FeedbackFieldEnum) field!: FeedbackFieldEnum;
}

@Resolver(() => FeedbackConversation)
export class FeedbackResolver {
  constructor(private readonly feedback: FeedbackService) {}

  @Access('user')
  @Query(() => [FeedbackImport], { description: 'The feedback imports of a study, newest first, with progress and counts.' })
  feedbackImports(@CurrentUser() user: AuthUser, @Args('studyId', { type: () => ID }) studyId: string) {
    return this.feedback.imports(user, studyId);
  }

  @Access('user')
  @Query(() => FeedbackImport, { description: 'One feedback import (polled for progress while its upload runs).' })
  feedbackImport(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.feedback.importById(user, id);
  }

  @Access('user')
  @Query(() => FeedbackConversationPage, { description: 'A study’s feedback conversations, newest first, optionally of one kind.' })
  feedbackConversations(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('kind', { type: () => FeedbackKindEnum, nullable: true }) kind: FeedbackKindEnum | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number,
  ) {
    return this.feedback.conversations(user, studyId, kind ?? null, offset ?? 0, limit ?? 50);
  }

  @Access('user')
  @Query(() => FeedbackConversation, { description: 'One feedback conversation.' })
  feedbackConversation(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.feedback.conversation(user, id);
  }

  @ResolveField(() => [FeedbackMessage], { description: 'The messages, in order, customer and agent turns alike.' })
  messages(@Parent() conversation: FeedbackConversation) {
    return this.feedback.messages(conversation.id);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Deletes a feedback import with all its conversations and messages (researchers and owners).',
  })
  deleteFeedbackImport(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.feedback.deleteImport(user, id);
  }

  @Access('user')
  @Mutation(() => FeedbackPreview, {
    description: 'What importing a file would give, from its first ~200 KB; stores nothing. `mapping` changes proposed CSV fields.',
  })
  previewFeedbackImport(
    @CurrentUser() user: AuthUser,
    @Args('studyId', { type: () => ID }) studyId: string,
    @Args('kind', { type: () => FeedbackKindEnum }) kind: FeedbackKindEnum,
    @Args('sample', { description: 'The first ~200 KB of the file, as text.' }) sample: string,
    @Args('mapping', { type: () => [FeedbackColumnInput], nullable: true }) mapping: FeedbackColumnInput[] | null,
  ) {
    return this.feedback.preview(user, studyId, kind, sample.slice(0, 210_000), mapping ?? []);
  }
}
