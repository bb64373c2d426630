/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why a line of an address list got no invitation. */
export type AddressRejection =
  | 'ALREADY_INVITED'
  | 'DUPLICATE'
  | 'INVALID_ADDRESS'
  | 'UNSUBSCRIBED';

/** EVENTS: one row per event (user id, event name, timestamp). SUMMARY: one row per user with numeric columns. */
export type AnalyticsImportKind =
  | 'EVENTS'
  | 'SUMMARY';

/** RUNNING while the file uploads and aggregates; SUCCEEDED or FAILED (with a sentence) after. */
export type AnalyticsImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** One answer. */
export type AnswerInput = {
  /** The question. */
  questionId: string | number;
  /** Text, number, date string, choice id, [choice ids] (multiple choice, ranking in order) or {rowId: columnId} (matrix). */
  value: unknown;
};

/** Apply a code to a span. */
export type ApplyCodeInput = {
  /** The code. */
  codeId: string | number;
  /** End offset, exclusive. */
  end: number;
  /** The source. */
  source: SourceRefInput;
  /** Start offset (UTF-16), inclusive. */
  start: number;
};

/** Marks a question as an attention check. */
export type AttentionCheckInput = {
  /** Answers that pass (1 to 20), compared normalized (case, spaces, quotes, "8" = "eight"). */
  expected: Array<string>;
};

/** A new password for the signed-in account, with its current one. */
export type ChangePasswordInput = {
  /** The password the account has now. */
  currentPassword: string;
  /** At least 10 characters, not only spaces, and not easy to guess (the rules of signUp). */
  newPassword: string;
};

/** An option, or a row or column of a matrix. */
export type ChoiceInput = {
  /** Stable id, unique within the question. */
  id: string | number;
  /** What the respondent reads. */
  label: string;
};

/** What kind of thing a code marks; drives persona traits. */
export type CodeCategory =
  | 'ATTITUDE'
  | 'BEHAVIOR'
  | 'DEMOGRAPHIC'
  | 'GOAL'
  | 'MOTIVATION'
  | 'NEED'
  | 'OTHER'
  | 'PAIN_POINT';

/** REFI-QDA codebook (.qdc) or CSV. */
export type CodebookFormat =
  | 'CSV'
  | 'QDC';

/** Display logic on an earlier answer. */
export type ConditionInput = {
  /** How to compare. */
  operator: ConditionOperator;
  /** The earlier question. */
  questionId: string | number;
  /** The value compared with. */
  value?: unknown;
};

/** How a condition compares an answer. */
export type ConditionOperator =
  | 'ANSWERED'
  | 'EQUALS'
  | 'GREATER_THAN'
  | 'INCLUDES'
  | 'LESS_THAN'
  | 'NOT_ANSWERED'
  | 'NOT_EQUALS';

/** A new code. */
export type CreateCodeInput = {
  /** Kind. */
  category: CodeCategory;
  /** When to apply it. */
  description?: string | null | undefined;
  /** Name. */
  name: string;
  /** Parent code. */
  parentId?: string | number | null | undefined;
  /** The study. */
  studyId: string | number;
};

/** A share link to one approved persona (personaId) or to a study's approved personas (studyId): exactly one of them. */
export type CreateShareLinkInput = {
  /** Days until the link stops working: 1 to 365, 30 when left out. */
  expiresInDays?: number | null | undefined;
  /** One approved persona. */
  personaId?: string | number | null | undefined;
  /** The study whose approved personas to share. */
  studyId?: string | number | null | undefined;
};

/** A new study in a workspace. */
export type CreateStudyInput = {
  /** What the study is about. */
  description?: string | null | undefined;
  /** Study name. */
  name: string;
  /** Workspace that will hold the study. */
  workspaceId: string | number;
};

/** A new survey (a DRAFT). */
export type CreateSurveyInput = {
  /** Store no IP, user agent or invitation link. */
  anonymous?: boolean | null | undefined;
  /** Close automatically at this time. */
  closesAt?: string | null | undefined;
  /** Introduction. */
  description?: string | null | undefined;
  /** One question per screen (default true). */
  oneQuestionPerScreen?: boolean | null | undefined;
  /** Questions in order. */
  questions: Array<QuestionInput>;
  /** Close automatically after this many complete responses. */
  responseLimit?: number | null | undefined;
  /** The study it belongs to. */
  studyId: string | number;
  /** Title. */
  title: string;
};

/** How to read one column of an imported CSV; columns not named are inferred. */
export type CsvColumnInput = {
  /** The expected answers of this column as an attention check (otherwise proposed when its wording reads like one); an empty list means it is not an attention check. */
  attentionCheckExpected?: Array<string> | null | undefined;
  /** true: this column is the customer id (each response joins that customer's participant, shared with feedback, interviews and analytics; stored only as a hash, never as an answer); false: it is not, even when its header reads like customer_id, customer or user_id (which are proposed). */
  customerId?: boolean | null | undefined;
  /** Splits a cell into several choices (multiple choice), e.g. "," or ";". */
  delimiter?: string | null | undefined;
  /** The header text, exactly. */
  header: string;
  /** What it tells synthesis (otherwise inferred). */
  personaField?: PersonaField | null | undefined;
  /** A special-category question such as gender or ethnicity (otherwise inferred). */
  sensitive?: boolean | null | undefined;
  /** Leave this column out. */
  skip?: boolean | null | undefined;
  /** Force a question type. */
  type?: QuestionType | null | undefined;
};

/** What to discover themes in. */
export type DiscoverThemesInput = {
  /** Whether participants' interview turns and customers' feedback messages are read too (one more group of themes each). */
  includeTranscripts?: boolean | null | undefined;
  /** `offline` (default) or `openai`, which relabels the offline themes with the configured model. */
  provider?: string | null | undefined;
  /** Open-text questions to read (null: every open-text question whose persona field is a need or attitude — not NONE or DEMOGRAPHIC — or every open-text question when none is). */
  questionIds?: Array<string | number> | null | undefined;
  /** The study. */
  studyId: string | number;
};

/** The field a CSV column is read as, by its header. */
export type FeedbackColumnInput = {
  field: FeedbackField;
  /** The header text, as in the file. */
  header: string;
};

/** What a CSV column of a feedback export holds. */
export type FeedbackField =
  | 'AUTHOR_ROLE'
  | 'CONVERSATION_ID'
  | 'CUSTOMER'
  | 'DATE'
  | 'IGNORE'
  | 'KIND'
  | 'RATING'
  | 'TEXT'
  | 'TITLE';

/** A support ticket or chat, an app-store or product review, or free-form feedback. */
export type FeedbackKind =
  | 'FEEDBACK'
  | 'REVIEW'
  | 'SUPPORT';

/** Who wrote a message: the customer, or an agent (admin, bot) — agent turns are never evidence. */
export type FeedbackRole =
  | 'AGENT'
  | 'CUSTOMER';

/** How a field differs between two versions. */
export type FieldChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** A suggestion waits for review; people accept or reject it. */
export type HighlightStatus =
  | 'ACCEPTED'
  | 'REJECTED'
  | 'SUGGESTED';

/** A survey export to bring in as a closed survey. */
export type ImportSurveyCsvInput = {
  /** Per-column overrides. */
  columns?: Array<CsvColumnInput> | null | undefined;
  /** A survey export: one header row of question texts, one row per response. */
  csv: string;
  /** Who infers persona fields and sensitive flags of columns not set in columns: `offline` (default: rules and the built-in sentence encoder, deterministic) or `openai` (the configured model; sensitive flags the rules raise always stay). */
  provider?: string | null | undefined;
  /** The study. */
  studyId: string | number;
  /** Title of the new survey. */
  title: string;
};

/** A transcript to import. */
export type ImportTranscriptInput = {
  /** When it took place. */
  conductedAt?: string | null | undefined;
  /** The file content. */
  content: string;
  /** The interviewee's customer identifier (a user id or email, as a survey's hidden customer_id or a ticket names it): stored only as the study's salted hash, it links the interview to that customer's participant. */
  customerId?: string | null | undefined;
  /** PLAIN, VTT, SRT or JSON. */
  format: TranscriptFormat;
  /** Speaker names in the transcript that are the interviewer's, not the participant's. */
  interviewerSpeakers?: Array<string> | null | undefined;
  /** Who was interviewed (a pseudonym); the same label links sources. */
  participantLabel?: string | null | undefined;
  /** The study. */
  studyId: string | number;
  /** Title. */
  title: string;
};

/** Where a mailed invitation stands: QUEUED (waiting for the mail server), SENT, OPENED (the link was loaded), STARTED, COMPLETED, BOUNCED (the mail server refused it after every retry) or UNSUBSCRIBED. */
export type InvitationDeliveryState =
  | 'BOUNCED'
  | 'COMPLETED'
  | 'OPENED'
  | 'QUEUED'
  | 'SENT'
  | 'STARTED'
  | 'UNSUBSCRIBED';

/** How far an invited respondent got. */
export type InvitationStatus =
  | 'COMPLETED'
  | 'PENDING'
  | 'STARTED';

/** Credentials to sign in. */
export type LogInInput = {
  /** The `deviceToken` of this client's last sign-in to this account: a client that signed in before keeps signing in while others guessing the password are throttled. */
  deviceToken?: string | null | undefined;
  /** Email address. */
  email: string;
  /** Password. */
  password: string;
};

/** What a notification is about. */
export type NotificationKind =
  | 'CHANGES_REQUESTED'
  | 'COMMENTED'
  | 'MENTIONED'
  | 'PERSONA_APPROVED'
  | 'PERSONA_REJECTED'
  | 'REVIEW_REQUESTED'
  | 'SYNTHESIS_FINISHED';

/** A choice for one kind of notification. */
export type NotificationSettingInput = {
  /** Send an email for it. */
  email: boolean;
  /** The kind. */
  kind: NotificationKind;
};

/** What a question tells persona synthesis about a respondent. */
export type PersonaField =
  | 'BEHAVIOR'
  | 'DEMOGRAPHIC'
  | 'GOAL'
  | 'MOTIVATION'
  | 'NONE'
  | 'PAIN_POINT'
  | 'PSYCHOGRAPHIC';

/** Where a persona is in review: DRAFT → IN_REVIEW → APPROVED, REJECTED or back to DRAFT; ARCHIVED is final. */
export type PersonaStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'REJECTED';

/** Who wrote a persona version: a synthesis run or a person. */
export type PersonaVersionOrigin =
  | 'EDIT'
  | 'SYNTHESIS';

/** A survey export to preview: what the import would make of each column. Nothing is written. */
export type PreviewSurveyCsvInput = {
  /** Per-column overrides, as for importSurveyCsv. */
  columns?: Array<CsvColumnInput> | null | undefined;
  /** A survey export: one header row of question texts, one row per response. */
  csv: string;
  /** Who infers persona fields and sensitive flags of columns not set in columns: `offline` (default: rules and the built-in sentence encoder, deterministic) or `openai` (the configured model; sensitive flags the rules raise always stay). */
  provider?: string | null | undefined;
  /** The study it would be imported into. */
  studyId: string | number;
};

/** ALL responses, CLEAN ones (no quality flag) or FLAGGED ones. */
export type QualityFilter =
  | 'ALL'
  | 'CLEAN'
  | 'FLAGGED';

/** Why a response is flagged: SPEEDING (under 30 % of the median time), STRAIGHT_LINING (one value on 5+ scale items), LOW_EFFORT_TEXT (keyboard mash, repeated characters, no vowels, lorem ipsum), DUPLICATE_TEXT (a long open answer word for word in other responses), FAILED_ATTENTION_CHECK. */
export type QualityReason =
  | 'DUPLICATE_TEXT'
  | 'FAILED_ATTENTION_CHECK'
  | 'LOW_EFFORT_TEXT'
  | 'SPEEDING'
  | 'STRAIGHT_LINING';

/** Analysis settings of one question; omitted fields stay as they are. */
export type QuestionAnalysisInput = {
  /** Makes it an attention check with these expected answers (an empty list: not an attention check); quality flags are recomputed. */
  attentionCheckExpected?: Array<string> | null | undefined;
  /** What it tells synthesis. */
  personaField?: PersonaField | null | undefined;
  /** The question. */
  questionId: string | number;
  /** A special-category question (gender, ethnicity, religion, health...). */
  sensitive?: boolean | null | undefined;
  /** Show this sensitive question's distribution on personas, labelled, for description only (never for segments). Only for a sensitive question. */
  sensitiveOptIn?: boolean | null | undefined;
};

/** A question; validated as a whole with the survey (survey-logic). */
export type QuestionInput = {
  /** Makes it an attention check with these expected answers; omitted or null, it is not one. */
  attentionCheck?: AttentionCheckInput | null | undefined;
  /** Help text. */
  description?: string | null | undefined;
  /** Stable id within the survey. */
  id: string | number;
  /** Upper scale or length bound. */
  max?: number | null | undefined;
  /** Label of the highest value. */
  maxLabel?: string | null | undefined;
  /** Lower scale or length bound. */
  min?: number | null | undefined;
  /** Label of the lowest value. */
  minLabel?: string | null | undefined;
  /** Choices or matrix columns. */
  options?: Array<ChoiceInput> | null | undefined;
  /** What it tells synthesis; omitted, it is inferred from the title, type and options. */
  personaField?: PersonaField | null | undefined;
  /** Must be answered when shown (default false). */
  required?: boolean | null | undefined;
  /** Matrix rows. */
  rows?: Array<ChoiceInput> | null | undefined;
  /** A special-category question (gender, ethnicity, religion, health...); omitted, it is inferred (or kept, for an unchanged question). */
  sensitive?: boolean | null | undefined;
  /** Show this sensitive question's distribution on personas, labelled, for description only (never for segments); default false. */
  sensitiveOptIn?: boolean | null | undefined;
  /** Display logic. */
  showIf?: ConditionInput | null | undefined;
  /** The question as asked. */
  title: string;
  /** Kind of answer. */
  type: QuestionType;
};

/** The kind of answer a question takes. */
export type QuestionType =
  | 'DATE'
  | 'DROPDOWN'
  | 'EMAIL'
  | 'LIKERT'
  | 'LONG_TEXT'
  | 'MATRIX'
  | 'MULTIPLE_CHOICE'
  | 'NPS'
  | 'NUMBER'
  | 'RANKING'
  | 'RATING'
  | 'SHORT_TEXT'
  | 'SINGLE_CHOICE';

/** Which responses the results cover. */
export type ResultsFilter = {
  /** Only complete responses. */
  completeOnly?: boolean | null | undefined;
  /** Only respondents in this persona of the survey's study (its unlinked respondents' responses and every response of its participants). */
  personaId?: string | number | null | undefined;
  /** ALL (default), CLEAN (no quality flag) or FLAGGED responses. */
  quality?: QualityFilter | null | undefined;
  /** Only responses flagged for at least one of these reasons. */
  qualityReasons?: Array<QualityReason> | null | undefined;
  /** Submitted at or after. */
  submittedAfter?: string | null | undefined;
  /** Submitted before. */
  submittedBefore?: string | null | undefined;
  /** Only responses to this version of the survey (each response records the version it answered). */
  surveyVersion?: number | null | undefined;
  /** Only responses where every condition holds. */
  where?: Array<ConditionInput> | null | undefined;
};

/** A reviewer's verdict on a persona version in review. */
export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CHANGES';

/** One step of a review conversation: a new version (an edit or a re-synthesis), a submit, a comment, a decision, archiving. */
export type ReviewEventKind =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'CHANGES_REQUESTED'
  | 'COMMENTED'
  | 'NEW_VERSION'
  | 'REJECTED'
  | 'SUBMITTED';

/** A reviewer's decision on the version in review. */
export type ReviewPersonaInput = {
  /** Why; required for REQUEST_CHANGES and REJECT. */
  comment?: string | null | undefined;
  /** APPROVE, REQUEST_CHANGES or REJECT. */
  decision: ReviewDecision;
  /** The persona. */
  personaId: string | number;
  /** Optional per-trait checks, e.g. [{ "traitIndex": 0, "ok": false, "note": "…" }] or { "0": "supported", "1": "unsupported" }; stored as sent. Every trait index must exist in the version reviewed. */
  traitChecks?: unknown;
  /** Typed per-trait checks (instead of `traitChecks`; not both): one per trait at most, each index in the version reviewed. */
  traitMarks?: Array<TraitMarkInput> | null | undefined;
};

/** Where the latest version is in review: NOT_SUBMITTED (a draft nobody sent yet), IN_REVIEW, CHANGES_REQUESTED (a reviewer asked for changes; stays until the next submit, through edits), APPROVED or REJECTED. */
export type ReviewState =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'IN_REVIEW'
  | 'NOT_SUBMITTED'
  | 'REJECTED';

/** A member's role in a workspace. */
export type Role =
  | 'OWNER'
  | 'RESEARCHER'
  | 'REVIEWER'
  | 'VIEWER';

/** State of a background run. */
export type RunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** What kind of thing a search hit is. */
export type SearchSource =
  /** An open-text answer of a complete survey response. */
  | 'ANSWER'
  /** A code of a study's codebook (name and description). */
  | 'CODE'
  /** A message of an imported support conversation, review or feedback (customer or agent). */
  | 'FEEDBACK'
  /** An accepted highlight: its quote and its code. */
  | 'HIGHLIGHT'
  /** A persona's current version (name, tagline, summary, traits). */
  | 'PERSONA'
  /** A turn of an interview transcript (interviewer or interviewee). */
  | 'TRANSCRIPT';

/** Addresses to invite by email, and their reminders. */
export type SendSurveyInvitationsInput = {
  /** Addresses: one per line, or separated by commas or semicolons, or the text of a CSV file with an "email" column (at most 5,000). */
  addresses: string;
  /** At most this many reminders per address (0–5; default 1 when reminderAfterDays is given, else 0). */
  maxReminders?: number | null | undefined;
  /** Remind those who have not completed this many days after the last mail (1–365). */
  reminderAfterDays?: number | null | undefined;
  /** The survey (OPEN). */
  surveyId: string | number;
};

/** What a share link shows: one approved persona, or the study's approved personas. */
export type ShareScope =
  | 'PERSONA'
  | 'STUDY';

/** A new account. */
export type SignUpInput = {
  /** Email address used to sign in. */
  email: string;
  /** The token of a workspace invitation link (`/join/<token>`) mailed to this email: the new account joins that workspace. A link that cannot be used (expired, withdrawn, for another address) refuses the sign-up. */
  invitationToken?: string | null | undefined;
  /** Display name. */
  name: string;
  /** At least 10 characters, not only spaces, and not easy to guess: common passwords, simple patterns and ones made of the name or email are refused. */
  password: string;
};

/** A span of source text offered as evidence; the quote is always read from the source. */
export type SourceQuoteInput = {
  /** End offset, exclusive. */
  end: number;
  /** Ignored: the stored quote is read from the source at start–end. Accepted so a client can send back the Evidence it received. */
  quote?: string | null | undefined;
  /** The transcript segment or survey answer. */
  source: SourceRefInput;
  /** Start offset (UTF-16), inclusive. */
  start: number;
};

/** Where a highlight or piece of evidence sits. */
export type SourceRefInput = {
  /** Feedback message (FEEDBACK_MESSAGE). */
  messageId?: string | number | null | undefined;
  /** Question of that response. */
  questionId?: string | number | null | undefined;
  /** Survey response. */
  responseId?: string | number | null | undefined;
  /** Transcript segment. */
  segmentId?: string | number | null | undefined;
  /** Behaviour summary from product analytics (ANALYTICS_SUMMARY). */
  summaryId?: string | number | null | undefined;
  /** Transcript segment, survey answer or feedback message. */
  type: SourceType;
};

/** Where a piece of text comes from. */
export type SourceType =
  /** A participant's behaviour summary rendered from product analytics (evidence of behaviour traits; not codable). */
  | 'ANALYTICS_SUMMARY'
  /** One message of an imported support conversation, review or feedback (customer or agent). */
  | 'FEEDBACK_MESSAGE'
  | 'SURVEY_ANSWER'
  | 'TRANSCRIPT_SEGMENT';

/** Who spoke a transcript turn. */
export type SpeakerRole =
  | 'INTERVIEWEE'
  | 'INTERVIEWER';

/** Starts persona synthesis. */
export type StartSynthesisInput = {
  /** Include responses with quality flags (speeding, straight-lining, low-effort or duplicate text, a failed attention check); default false: they are left out. */
  includeFlagged?: boolean | null | undefined;
  /** How many personas; null lets the data decide. */
  personaCount?: number | null | undefined;
  /** `offline` (built in, no network) or `openai` (any OpenAI-compatible endpoint). */
  provider?: string | null | undefined;
  /** The study. */
  studyId: string | number;
};

/** A respondent's answers. */
export type SubmitResponseInput = {
  /** Answers. */
  answers: Array<AnswerInput>;
  /** Chosen by the client; sending the same id again never makes a second response. */
  clientResponseId: string | number;
  /** false saves a partial response that a later call with the same id resumes. */
  complete: boolean;
  /** Values carried in the link's query string (?source=newsletter). */
  hiddenFields?: unknown;
  /** Token of a personal invitation. */
  invitationToken?: string | null | undefined;
  /** The survey link slug. */
  slug: string;
};

/** DRAFT until published; OPEN takes responses; CLOSED does not. */
export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** A claim with its evidence. */
export type TraitInput = {
  /** At least one quote that backs the claim (participants only, same study). */
  evidence: Array<SourceQuoteInput>;
  /** What the claim is about. */
  kind: TraitKind;
  /** The claim, in a sentence. */
  text: string;
};

/** What a persona trait is about. */
export type TraitKind =
  | 'BEHAVIOR'
  | 'DEMOGRAPHIC'
  | 'GOAL'
  | 'MOTIVATION'
  | 'PAIN_POINT'
  | 'PSYCHOGRAPHIC';

/** A reviewer's check of one trait of the version in review. */
export type TraitMarkInput = {
  /** A note to the author on this trait (at most 1,000 characters). */
  note?: string | null | undefined;
  /** True: supported by its evidence; false: not supported. */
  ok: boolean;
  /** The trait (0-based index into the version's traits). */
  traitIndex: number;
};

/** How a transcript file is written. */
export type TranscriptFormat =
  | 'JSON'
  | 'PLAIN'
  | 'SRT'
  | 'VTT';

/** Changes to a code; omitted fields stay. parentId: null moves it to the top level. */
export type UpdateCodeInput = {
  /** New kind. */
  category?: CodeCategory | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New parent (null: top level). */
  parentId?: string | number | null | undefined;
};

/** Changes to a persona; omitted fields stay as they are. `traits` replaces the whole list. */
export type UpdatePersonaInput = {
  /** New name (not empty). */
  name?: string | null | undefined;
  /** New summary. */
  summary?: string | null | undefined;
  /** New tagline; an empty string removes it. */
  tagline?: string | null | undefined;
  /** The new list of traits, in order. */
  traits?: Array<TraitInput> | null | undefined;
};

/** Changes to a survey; omitted fields stay as they are. */
export type UpdateSurveyInput = {
  /** Anonymous responses. */
  anonymous?: boolean | null | undefined;
  /** Closing time. */
  closesAt?: string | null | undefined;
  /** Introduction. */
  description?: string | null | undefined;
  /** One question per screen. */
  oneQuestionPerScreen?: boolean | null | undefined;
  /** Questions in order (replaces all). */
  questions?: Array<QuestionInput> | null | undefined;
  /** Response limit. */
  responseLimit?: number | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** A change to who belongs to a workspace, or with which role. */
export type WorkspaceAuditAction =
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_DECLINED'
  | 'INVITATION_REVOKED'
  | 'INVITED'
  | 'MEMBER_LEFT'
  | 'MEMBER_REMOVED'
  | 'ROLE_CHANGED';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type AccountEmailSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountEmailSettingsQuery = { emailEnabled: boolean, notificationSettings: Array<{ kind: NotificationKind, email: boolean }> };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: Array<NotificationSettingInput> | NotificationSettingInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: Array<{ kind: NotificationKind, email: boolean }> };

export type StudyAnalyticsImportsQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyAnalyticsImportsQuery = { study: { id: string, analyticsImports: Array<{ id: string, kind: AnalyticsImportKind, fileName: string, status: AnalyticsImportStatus, bytesRead: number, rowsRead: number, rowsSkipped: number, events: number, users: number, linked: number, unlinked: number, features: Array<string>, error: string | null, createdAt: string }> } | null };

export type PreviewAnalyticsCsvQueryVariables = Exact<{
  studyId: string | number;
  sample: string;
  whole?: boolean | null | undefined;
}>;


export type PreviewAnalyticsCsvQuery = { previewAnalyticsCsv: { columns: Array<string>, rows: Array<Array<string>>, timeColumns: Array<string>, numericColumns: Array<string>, proposal: { kind: AnalyticsImportKind, userColumn: string, eventColumn: string | null, timeColumn: string | null, propertiesColumn: string | null, metricColumns: Array<string> | null } | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type CodeHighlightsPageQueryVariables = Exact<{
  codeId: string | number;
  first: number;
  offset: number;
}>;


export type CodeHighlightsPageQuery = { codeHighlights: { totalCount: number, nodes: Array<{ id: string, text: string, status: HighlightStatus, coder: string, confidence: number | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, place: { label: string, interviewId: string | null, surveyId: string | null, speaker: string | null, conversationId: string | null } }> } };

export type CodeHighlightCodersQueryVariables = Exact<{
  studyId: string | number;
}>;


export type CodeHighlightCodersQuery = { study: { id: string, workspace: { id: string, members: Array<{ user: { id: string, name: string } }> } } | null };

export type CodingCreateCodeMutationVariables = Exact<{
  input: CreateCodeInput;
}>;


export type CodingCreateCodeMutation = { createCode: { id: string, name: string } };

export type CodingUpdateCodeMutationVariables = Exact<{
  id: string | number;
  input: UpdateCodeInput;
}>;


export type CodingUpdateCodeMutation = { updateCode: { id: string, name: string } };

export type CodingMergeCodesMutationVariables = Exact<{
  sourceId: string | number;
  targetId: string | number;
}>;


export type CodingMergeCodesMutation = { mergeCodes: { id: string, name: string } };

export type CodingDeleteCodeMutationVariables = Exact<{
  id: string | number;
  force?: boolean | null | undefined;
}>;


export type CodingDeleteCodeMutation = { deleteCode: boolean };

export type CodingImportCodebookMutationVariables = Exact<{
  studyId: string | number;
  format: CodebookFormat;
  content: string;
}>;


export type CodingImportCodebookMutation = { importCodebook: Array<{ id: string }> };

export type CodingCodebookQueryVariables = Exact<{
  id: string | number;
}>;


export type CodingCodebookQuery = { study: { id: string, codes: Array<{ id: string, name: string, description: string | null, category: CodeCategory, highlightCount: number, parent: { id: string } | null }> } | null };

export type CodingHighlightFieldsFragment = { id: string, start: number, end: number, text: string, status: HighlightStatus, coder: string, confidence: number | null, code: { id: string, name: string, category: CodeCategory }, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null } };

export type CodingHighlightsQueryVariables = Exact<{
  studyId: string | number;
  status?: HighlightStatus | null | undefined;
  codeId?: string | number | null | undefined;
}>;


export type CodingHighlightsQuery = { highlights: Array<{ id: string, start: number, end: number, text: string, status: HighlightStatus, coder: string, confidence: number | null, code: { id: string, name: string, category: CodeCategory }, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null } }> };

export type CodingApplyCodeMutationVariables = Exact<{
  input: ApplyCodeInput;
}>;


export type CodingApplyCodeMutation = { applyCode: { id: string, start: number, end: number, text: string, status: HighlightStatus, coder: string, confidence: number | null, code: { id: string, name: string, category: CodeCategory }, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null } } };

export type CodingRemoveHighlightMutationVariables = Exact<{
  id: string | number;
}>;


export type CodingRemoveHighlightMutation = { removeHighlight: boolean };

export type CodingReviewSuggestionMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type CodingReviewSuggestionMutation = { reviewSuggestion: { id: string, status: HighlightStatus } };

export type CodingReviewSuggestionsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  accept: boolean;
}>;


export type CodingReviewSuggestionsMutation = { reviewSuggestions: number };

export type CodingReopenSuggestionsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CodingReopenSuggestionsMutation = { reopenSuggestions: number };

export type CodingAcceptSuggestionsMutationVariables = Exact<{
  studyId: string | number;
  codeId: string | number;
  minConfidence: number;
}>;


export type CodingAcceptSuggestionsMutation = { acceptSuggestions: number };

export type CodingCodersQueryVariables = Exact<{
  id: string | number;
}>;


export type CodingCodersQuery = { study: { id: string, workspace: { id: string, members: Array<{ user: { id: string, name: string } }> } } | null };

export type CodingAgreementQueryVariables = Exact<{
  studyId: string | number;
  coderA: string;
  coderB: string;
}>;


export type CodingAgreementQuery = { codingAgreement: { units: number, sharedUnits: number, minSharedUnits: number, enough: boolean, observed: number, cohensKappa: number, perCode: Array<{ codeId: string, codeName: string, units: number, observed: number, cohensKappa: number }> } };

export type CodingAnswerTextQueryVariables = Exact<{
  source: SourceRefInput;
}>;


export type CodingAnswerTextQuery = { sourceText: { text: string } | null };

export type CodingResponsesQueryVariables = Exact<{
  surveyId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CodingResponsesQuery = { responses: { totalCount: number, endCursor: string | null, nodes: Array<{ id: string, answers: Array<{ questionId: string, value: unknown }> }> } };

export type CodingSurveysQueryVariables = Exact<{
  id: string | number;
}>;


export type CodingSurveysQuery = { study: { id: string, surveys: Array<{ id: string, title: string, questions: Array<{ id: string, title: string, type: QuestionType }> }> } | null };

export type LatestCalibrationQueryVariables = Exact<{
  studyId: string | number;
}>;


export type LatestCalibrationQuery = { latestCalibration: { id: string, status: RunStatus, progress: number, error: string | null, provider: string, coder: string, sampleSize: number, sampledUnits: number, createdAt: string, finishedAt: string | null, result: { units: number, minSharedUnits: number, enough: boolean, observed: number, cohensKappa: number, perCode: Array<{ codeId: string, codeName: string, units: number, humanUses: number, coderUses: number, observed: number, cohensKappa: number, precision: number | null, recall: number | null, enough: boolean }> } | null } | null };

export type StartCalibrationMutationVariables = Exact<{
  studyId: string | number;
  provider?: string | null | undefined;
  sampleSize?: number | null | undefined;
}>;


export type StartCalibrationMutation = { startCalibration: { id: string } };

export type SuggestCodesMutationVariables = Exact<{
  studyId: string | number;
  provider?: string | null | undefined;
}>;


export type SuggestCodesMutation = { suggestCodes: { id: string, status: RunStatus, progress: number, error: string | null, suggestions: number, provider: string } };

export type CodingRunQueryVariables = Exact<{
  id: string | number;
}>;


export type CodingRunQuery = { codingRun: { id: string, status: RunStatus, progress: number, error: string | null, suggestions: number, provider: string } | null };

export type CodingQueueQuestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CodingQueueQuestionsQuery = { study: { id: string, surveys: Array<{ id: string, questions: Array<{ id: string, title: string }> }> } | null };

export type FeedbackImportsQueryVariables = Exact<{
  studyId: string | number;
}>;


export type FeedbackImportsQuery = { feedbackImports: Array<{ id: string, kind: FeedbackKind, format: string, fileName: string, status: string, bytesTotal: number | null, bytesRead: number, rowsRead: number, conversationCount: number, messageCount: number, emptyDropped: number, datesUnparsed: number, warnings: Array<string>, error: string | null, createdAt: string }> };

export type FeedbackConversationsQueryVariables = Exact<{
  studyId: string | number;
  kind?: FeedbackKind | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type FeedbackConversationsQuery = { feedbackConversations: { total: number, items: Array<{ id: string, kind: FeedbackKind, title: string, rating: number | null, createdAt: string | null, customerLabel: string | null, messageCount: number }> } };

export type FeedbackConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type FeedbackConversationQuery = { feedbackConversation: { id: string, studyId: string, kind: FeedbackKind, title: string, rating: number | null, createdAt: string | null, customerLabel: string | null, messages: Array<{ id: string, index: number, role: FeedbackRole, text: string, sentAt: string | null }> } };

export type PreviewFeedbackImportMutationVariables = Exact<{
  studyId: string | number;
  kind: FeedbackKind;
  sample: string;
  mapping?: Array<FeedbackColumnInput> | FeedbackColumnInput | null | undefined;
}>;


export type PreviewFeedbackImportMutation = { previewFeedbackImport: { format: string, dayOrder: string | null, rows: number, conversations: number, messages: number, emptyDropped: number, datesUnparsed: number, warnings: Array<string>, columns: Array<{ index: number, header: string, field: FeedbackField, samples: Array<string> }> } };

export type DeleteFeedbackImportMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFeedbackImportMutation = { deleteFeedbackImport: boolean };

export type InboxNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type InboxNotificationsQuery = { notifications: { endCursor: string | null, nodes: Array<{ id: string, kind: NotificationKind, title: string, link: string, createdAt: string, read: boolean, actor: { id: string, name: string } | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: Array<{ id: string, name: string, status: PersonaStatus, study: { id: string, name: string } }> };

export type ImportTranscriptMutationVariables = Exact<{
  input: ImportTranscriptInput;
}>;


export type ImportTranscriptMutation = { importTranscript: { id: string } };

export type SetInterviewCustomerMutationVariables = Exact<{
  id: string | number;
  customerId?: string | null | undefined;
}>;


export type SetInterviewCustomerMutation = { setInterviewCustomer: { id: string, customerLabel: string | null } };

export type InterviewReaderQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewReaderQuery = { interview: { id: string, title: string, conductedAt: string | null, interviewerSpeakers: Array<string>, segmentCount: number, customerLabel: string | null, participant: { id: string, label: string } | null, segments: Array<{ id: string, index: number, speaker: string | null, startMs: number | null, endMs: number | null, text: string, isInterviewer: boolean }> } | null, workspaces: Array<{ id: string, name: string, myRole: Role | null, studies: Array<{ id: string, name: string, interviews: Array<{ id: string }> }> }> };

export type StudyInterviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyInterviewsQuery = { study: { id: string, interviews: Array<{ id: string, title: string, conductedAt: string | null, segmentCount: number, participant: { id: string, label: string } | null }> } | null };

export type PersonaMembersQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PersonaMembersQuery = { persona: { id: string, members: { totalCount: number, endCursor: string | null, nodes: Array<{ id: string, label: string, fit: number | null, interviewIds: Array<string>, participant: { id: string, label: string } | null, responses: Array<{ id: string, surveyId: string, surveyTitle: string, submittedAt: string }> }> } } | null };

export type PersonaEvidenceFragment = { start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null };

export type PersonaTraitMarkFragment = { traitIndex: number, ok: boolean, note: string | null };

export type PersonaTraitFieldsFragment = { kind: TraitKind, text: string, share: number | null, lift: number | null, sharedByStudy: boolean, evidence: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }> };

export type PersonaSensitiveProfileFragment = { question: string, answered: number, values: Array<{ label: string, share: number, studyShare: number }> };

export type PersonaCardFieldsFragment = { id: string, name: string, tagline: string | null, avatarSvg: string, status: PersonaStatus, latestStatus: PersonaStatus, reviewState: ReviewState, version: number, segmentShare: number, participantCount: number, segmentVanished: boolean, smallSegment: boolean };

export type SynthesisRunFieldsFragment = { id: string, status: RunStatus, progress: number, stage: string | null, error: string | null, provider: string, model: string | null, tokensIn: number, tokensOut: number, participantCount: number | null, warnings: Array<string>, startedAt: string | null, finishedAt: string | null, includeFlagged: boolean, excludedResponses: { count: number, reasons: Array<{ reason: QualityReason, count: number }> } | null, quality: { silhouette: number, stability: number, evidenceCoverage: number, faithfulness: number } | null };

export type StudyPersonasQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyPersonasQuery = { study: { id: string, workspace: { id: string, myRole: Role | null }, personas: Array<{ id: string, name: string, tagline: string | null, avatarSvg: string, status: PersonaStatus, latestStatus: PersonaStatus, reviewState: ReviewState, version: number, segmentShare: number, participantCount: number, segmentVanished: boolean, smallSegment: boolean }>, synthesisRuns: Array<{ id: string, status: RunStatus, progress: number, stage: string | null, error: string | null, provider: string, model: string | null, tokensIn: number, tokensOut: number, participantCount: number | null, warnings: Array<string>, startedAt: string | null, finishedAt: string | null, includeFlagged: boolean, excludedResponses: { count: number, reasons: Array<{ reason: QualityReason, count: number }> } | null, quality: { silhouette: number, stability: number, evidenceCoverage: number, faithfulness: number } | null }> } | null };

export type SynthesisRunStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type SynthesisRunStatusQuery = { synthesisRun: { id: string, status: RunStatus, progress: number, stage: string | null, error: string | null, provider: string, model: string | null, tokensIn: number, tokensOut: number, participantCount: number | null, warnings: Array<string>, startedAt: string | null, finishedAt: string | null, includeFlagged: boolean, excludedResponses: { count: number, reasons: Array<{ reason: QualityReason, count: number }> } | null, quality: { silhouette: number, stability: number, evidenceCoverage: number, faithfulness: number } | null } | null };

export type StartSynthesisMutationVariables = Exact<{
  input: StartSynthesisInput;
}>;


export type StartSynthesisMutation = { startSynthesis: { id: string, status: RunStatus, progress: number, stage: string | null, error: string | null, provider: string, model: string | null, tokensIn: number, tokensOut: number, participantCount: number | null, warnings: Array<string>, startedAt: string | null, finishedAt: string | null, includeFlagged: boolean, excludedResponses: { count: number, reasons: Array<{ reason: QualityReason, count: number }> } | null, quality: { silhouette: number, stability: number, evidenceCoverage: number, faithfulness: number } | null } };

export type StudyResponseQualityQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyResponseQualityQuery = { study: { id: string, responseQuality: { responseCount: number, flaggedCount: number, reasons: Array<{ reason: QualityReason, count: number }> } } | null };

export type CancelSynthesisMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelSynthesisMutation = { cancelSynthesis: { id: string, status: RunStatus, progress: number, stage: string | null, error: string | null, provider: string, model: string | null, tokensIn: number, tokensOut: number, participantCount: number | null, warnings: Array<string>, startedAt: string | null, finishedAt: string | null, includeFlagged: boolean, excludedResponses: { count: number, reasons: Array<{ reason: QualityReason, count: number }> } | null, quality: { silhouette: number, stability: number, evidenceCoverage: number, faithfulness: number } | null } };

export type WorkspaceApprovedPersonasQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceApprovedPersonasQuery = { workspace: { id: string, name: string, studies: Array<{ id: string, name: string, personas: Array<{ id: string, name: string, tagline: string | null, avatarSvg: string, status: PersonaStatus, latestStatus: PersonaStatus, reviewState: ReviewState, version: number, segmentShare: number, participantCount: number, segmentVanished: boolean, smallSegment: boolean }> }> } | null };

export type PersonaDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaDetailQuery = { persona: { summary: string, backstory: string | null, latestVersion: number, approvedVersion: number | null, reviewState: ReviewState, id: string, name: string, tagline: string | null, avatarSvg: string, status: PersonaStatus, latestStatus: PersonaStatus, version: number, segmentShare: number, participantCount: number, segmentVanished: boolean, smallSegment: boolean, reviewers: Array<{ id: string, name: string }>, traits: Array<{ kind: TraitKind, text: string, share: number | null, lift: number | null, sharedByStudy: boolean, evidence: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }> }>, quotes: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }>, sensitiveProfile: Array<{ question: string, answered: number, values: Array<{ label: string, share: number, studyShare: number }> }>, draft: { version: number, status: PersonaStatus | null, name: string, tagline: string | null, summary: string, backstory: string | null, participantCount: number, smallSegment: boolean, traits: Array<{ kind: TraitKind, text: string, share: number | null, lift: number | null, sharedByStudy: boolean, evidence: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }> }>, quotes: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }>, sensitiveProfile: Array<{ question: string, answered: number, values: Array<{ label: string, share: number, studyShare: number }> }> } | null, reviews: Array<{ id: string, decision: ReviewDecision, comment: string | null, createdAt: string, personaVersion: number, reviewer: { name: string }, traitMarks: Array<{ traitIndex: number, ok: boolean, note: string | null }> }>, reviewHistory: Array<{ id: string, kind: ReviewEventKind, createdAt: string, version: number, body: string | null, traitIndex: number | null, origin: string | null, fields: Array<string>, actor: { id: string, name: string } | null, reviewers: Array<{ id: string, name: string }>, traitMarks: Array<{ traitIndex: number, ok: boolean, note: string | null }> }>, comments: Array<{ id: string, body: string, traitIndex: number | null, personaVersion: number, createdAt: string, author: { name: string } }>, synthesisRun: { id: string, provider: string, model: string | null, finishedAt: string | null, quality: { silhouette: number, stability: number, evidenceCoverage: number, faithfulness: number } | null } | null, study: { id: string, name: string, workspace: { id: string, name: string, myRole: Role | null } } } | null };

export type PersonaReviewerChoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaReviewerChoicesQuery = { workspace: { id: string, members: Array<{ role: Role, user: { id: string, name: string, email: string } }> } | null };

export type PersonaHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaHistoryQuery = { persona: { id: string, reviews: Array<{ id: string, personaVersion: number, decision: ReviewDecision, reviewer: { name: string }, traitMarks: Array<{ traitIndex: number, ok: boolean, note: string | null }> }>, versions: Array<{ version: number, status: PersonaStatus | null, origin: PersonaVersionOrigin, createdAt: string, name: string, createdBy: { name: string } | null, traits: Array<{ text: string }> }>, auditTrail: Array<{ id: string, action: string, beforeVersion: number | null, afterVersion: number | null, createdAt: string, detail: unknown, actor: { name: string } | null }> } | null };

export type PersonaDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type PersonaDiffQuery = { persona: { id: string, diff: Array<{ field: string, change: FieldChangeKind, before: string | null, after: string | null }> } | null };

export type PersonaSourceTextQueryVariables = Exact<{
  source: SourceRefInput;
}>;


export type PersonaSourceTextQuery = { sourceText: { text: string, label: string, interviewId: string | null, speaker: string | null, startMs: number | null, questionTitle: string | null, conversationId: string | null, studyId: string | null } | null };

export type PersonaEvidenceHighlightsQueryVariables = Exact<{
  studyId: string | number;
}>;


export type PersonaEvidenceHighlightsQuery = { highlights: Array<{ id: string, start: number, end: number, text: string, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, code: { id: string, name: string } }> };

export type UpdatePersonaMutationVariables = Exact<{
  id: string | number;
  input: UpdatePersonaInput;
}>;


export type UpdatePersonaMutation = { updatePersona: { id: string } };

export type SubmitPersonaForReviewMutationVariables = Exact<{
  id: string | number;
  reviewerIds?: Array<string | number> | string | number | null | undefined;
}>;


export type SubmitPersonaForReviewMutation = { submitPersonaForReview: { id: string } };

export type ReviewPersonaMutationVariables = Exact<{
  input: ReviewPersonaInput;
}>;


export type ReviewPersonaMutation = { reviewPersona: { id: string } };

export type ArchivePersonaMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchivePersonaMutation = { archivePersona: { id: string } };

export type CommentOnPersonaMutationVariables = Exact<{
  personaId: string | number;
  body: string;
  traitIndex?: number | null | undefined;
}>;


export type CommentOnPersonaMutation = { commentOnPersona: { id: string } };

export type PersonaPrintCardQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaPrintCardQuery = { persona: { summary: string, id: string, name: string, tagline: string | null, avatarSvg: string, status: PersonaStatus, latestStatus: PersonaStatus, reviewState: ReviewState, version: number, segmentShare: number, participantCount: number, segmentVanished: boolean, smallSegment: boolean, traits: Array<{ kind: TraitKind, text: string, share: number | null, lift: number | null, sharedByStudy: boolean, evidence: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }> }>, quotes: Array<{ start: number, end: number, quote: string, questionTitle: string | null, source: { type: SourceType, segmentId: string | null, responseId: string | null, questionId: string | null, messageId: string | null }, participant: { label: string } | null }>, study: { id: string, name: string } } | null };

export type PersonaWorkspaceRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaWorkspaceRoleQuery = { workspace: { id: string, myRole: Role | null } | null };

export type ShareLinkFieldsFragment = { id: string, scope: ShareScope, personaId: string | null, personaName: string | null, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean, viewCount: number, lastViewedAt: string | null, createdBy: { id: string, name: string } | null };

export type ShareLinksQueryVariables = Exact<{
  studyId: string | number;
}>;


export type ShareLinksQuery = { shareLinks: Array<{ id: string, scope: ShareScope, personaId: string | null, personaName: string | null, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean, viewCount: number, lastViewedAt: string | null, createdBy: { id: string, name: string } | null }> };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { createShareLink: { url: string, link: { id: string, scope: ShareScope, personaId: string | null, personaName: string | null, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean, viewCount: number, lastViewedAt: string | null, createdBy: { id: string, name: string } | null } } };

export type RevokeShareLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeShareLinkMutation = { revokeShareLink: { id: string, scope: ShareScope, personaId: string | null, personaName: string | null, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean, viewCount: number, lastViewedAt: string | null, createdBy: { id: string, name: string } | null } };

export type SharedPersonasQueryVariables = Exact<{
  token: string;
}>;


export type SharedPersonasQuery = { sharedPersonas: { scope: ShareScope, expiresAt: string, personas: Array<{ name: string, tagline: string | null, summary: string, backstory: string | null, avatarSvg: string, segmentShare: number, participantCount: number, smallSegment: boolean, traits: Array<{ kind: TraitKind, text: string, share: number | null, lift: number | null, sharedByStudy: boolean, evidence: Array<{ quote: string, sourceKind: SourceType }> }>, quotes: Array<{ quote: string, sourceKind: SourceType }> }> } };

export type PersonaOverTimeQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaOverTimeQuery = { persona: { id: string, shareByMonth: Array<{ month: string, count: number, total: number, share: number }>, drift: { approvedAt: string, newcomers: number, assigned: number, shareAtApproval: number, shareNow: number | null, shareDrifted: boolean, drifted: boolean, message: string, traits: Array<{ label: string, shareAtApproval: number, shareNow: number | null, drifted: boolean }> } | null } | null };

export type SurveyQuestionFieldsFragment = { id: string, type: QuestionType, title: string, description: string | null, required: boolean, min: number | null, max: number | null, minLabel: string | null, maxLabel: string | null, personaField: PersonaField, options: Array<{ id: string, label: string }> | null, rows: Array<{ id: string, label: string }> | null, showIf: { questionId: string, operator: ConditionOperator, value: unknown } | null };

export type PublicSurveyQueryVariables = Exact<{
  slug: string;
  invitationToken?: string | null | undefined;
}>;


export type PublicSurveyQuery = { publicSurvey: { title: string, description: string | null, version: number, oneQuestionPerScreen: boolean, questions: Array<{ id: string, type: QuestionType, title: string, description: string | null, required: boolean, min: number | null, max: number | null, minLabel: string | null, maxLabel: string | null, personaField: PersonaField, options: Array<{ id: string, label: string }> | null, rows: Array<{ id: string, label: string }> | null, showIf: { questionId: string, operator: ConditionOperator, value: unknown } | null }> } | null };

export type SubmitResponseMutationVariables = Exact<{
  input: SubmitResponseInput;
}>;


export type SubmitResponseMutation = { submitResponse: { responseId: string, complete: boolean } };

export type StudyPersonaChoicesQueryVariables = Exact<{
  studyId: string | number;
}>;


export type StudyPersonaChoicesQuery = { study: { id: string, personas: Array<{ id: string, name: string, status: PersonaStatus, segmentShare: number }> } | null };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: string | number;
  filter?: ResultsFilter | null | undefined;
}>;


export type SurveyResultsQuery = { surveyResults: { responseCount: number, completeCount: number, partialCount: number, questions: Array<{ questionId: string, answered: number, mean: number | null, median: number | null, texts: Array<string> | null, choices: Array<{ choiceId: string, label: string, count: number, share: number }> | null, nps: { score: number, promoters: number, passives: number, detractors: number } | null }> } };

export type SurveyResponsesQueryVariables = Exact<{
  surveyId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: ResultsFilter | null | undefined;
}>;


export type SurveyResponsesQuery = { responses: { totalCount: number, endCursor: string | null, nodes: Array<{ id: string, surveyVersion: number, complete: boolean, submittedAt: string, hiddenFields: unknown, qualityFlags: Array<{ reason: QualityReason, detail: string }>, answers: Array<{ questionId: string, value: unknown }> }> } };

export type SurveyQualityQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type SurveyQualityQuery = { survey: { id: string, qualitySummary: { responseCount: number, flaggedCount: number, reasons: Array<{ reason: QualityReason, count: number }> } } | null };

export type SearchEverythingQueryVariables = Exact<{
  workspaceId: string | number;
  query: string;
  studyId?: string | number | null | undefined;
  sources?: Array<SearchSource> | SearchSource | null | undefined;
  codeId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchEverythingQuery = { search: { hasNextPage: boolean, endCursor: string | null, nodes: Array<{ source: SearchSource, id: string, title: string, context: string | null, snippet: string, studyId: string, studyName: string, link: string, speakerRole: SpeakerRole | null, highlights: Array<{ start: number, end: number }> }> } };

export type SearchFiltersQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type SearchFiltersQuery = { workspace: { id: string, name: string, studies: Array<{ id: string, name: string, codes: Array<{ id: string, name: string }> }> } | null };

export type StudyOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyOverviewQuery = { study: { id: string, name: string, description: string | null, workspace: { id: string, name: string, myRole: Role | null }, surveys: Array<{ id: string, title: string, status: SurveyStatus }>, interviews: Array<{ id: string, title: string }>, codes: Array<{ id: string, name: string, category: CodeCategory }>, personas: Array<{ id: string, name: string, status: PersonaStatus }> } | null };

export type InvitationFieldsFragment = { id: string, email: string, token: string, status: InvitationStatus, delivery: { state: InvitationDeliveryState, sentAt: string | null, openedAt: string | null, reminders: number, maxReminders: number, reminderAfterDays: number | null, nextReminderAt: string | null, lastError: string | null } | null };

export type SurveyInvitationsQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type SurveyInvitationsQuery = { emailEnabled: boolean, invitations: Array<{ id: string, email: string, token: string, status: InvitationStatus, delivery: { state: InvitationDeliveryState, sentAt: string | null, openedAt: string | null, reminders: number, maxReminders: number, reminderAfterDays: number | null, nextReminderAt: string | null, lastError: string | null } | null }> };

export type SendSurveyInvitationsMutationVariables = Exact<{
  input: SendSurveyInvitationsInput;
}>;


export type SendSurveyInvitationsMutation = { sendSurveyInvitations: { emailEnabled: boolean, sent: Array<{ id: string, email: string, token: string, status: InvitationStatus, delivery: { state: InvitationDeliveryState, sentAt: string | null, openedAt: string | null, reminders: number, maxReminders: number, reminderAfterDays: number | null, nextReminderAt: string | null, lastError: string | null } | null }>, rejected: Array<{ line: number, text: string, reason: AddressRejection, message: string }> } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, email: string, token: string, status: InvitationStatus, delivery: { state: InvitationDeliveryState, sentAt: string | null, openedAt: string | null, reminders: number, maxReminders: number, reminderAfterDays: number | null, nextReminderAt: string | null, lastError: string | null } | null } };

export type SurveyEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyEditorQuery = { survey: { id: string, title: string, description: string | null, status: SurveyStatus, slug: string, version: number, anonymous: boolean, closesAt: string | null, responseLimit: number | null, oneQuestionPerScreen: boolean, hasUnpublishedChanges: boolean, responseCount: number, completeCount: number, study: { id: string, name: string, workspace: { id: string, myRole: Role | null } }, questions: Array<{ id: string, type: QuestionType, title: string, description: string | null, required: boolean, min: number | null, max: number | null, minLabel: string | null, maxLabel: string | null, personaField: PersonaField, options: Array<{ id: string, label: string }> | null, rows: Array<{ id: string, label: string }> | null, showIf: { questionId: string, operator: ConditionOperator, value: unknown } | null }> } | null };

export type UpdateSurveyMutationVariables = Exact<{
  id: string | number;
  input: UpdateSurveyInput;
}>;


export type UpdateSurveyMutation = { updateSurvey: { id: string, status: SurveyStatus, version: number, hasUnpublishedChanges: boolean, slug: string } };

export type PublishSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishSurveyMutation = { publishSurvey: { id: string, status: SurveyStatus, version: number, hasUnpublishedChanges: boolean } };

export type CloseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyMutation = { closeSurvey: { id: string, status: SurveyStatus, version: number, hasUnpublishedChanges: boolean } };

export type SurveyAnalysisQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyAnalysisQuery = { survey: { id: string, study: { id: string, workspace: { id: string, myRole: Role | null } }, questions: Array<{ id: string, title: string, type: QuestionType, personaField: PersonaField, sensitive: boolean, sensitiveOptIn: boolean, attentionCheck: { expected: Array<string> } | null }> } | null };

export type UpdateQuestionAnalysisMutationVariables = Exact<{
  surveyId: string | number;
  questions: Array<QuestionAnalysisInput> | QuestionAnalysisInput;
}>;


export type UpdateQuestionAnalysisMutation = { updateQuestionAnalysis: { id: string, questions: Array<{ id: string, title: string, type: QuestionType, personaField: PersonaField, sensitive: boolean, sensitiveOptIn: boolean, attentionCheck: { expected: Array<string> } | null }> } };

export type ImportSurveyCsvMutationVariables = Exact<{
  input: ImportSurveyCsvInput;
}>;


export type ImportSurveyCsvMutation = { importSurveyCsv: { id: string } };

export type ParticipantLinkQueryVariables = Exact<{
  surveyId: string | number;
  label: string;
}>;


export type ParticipantLinkQuery = { participantLink: { label: string, path: string } };

export type StudySurveysQueryVariables = Exact<{
  id: string | number;
}>;


export type StudySurveysQuery = { study: { id: string, surveys: Array<{ id: string, title: string, status: SurveyStatus, version: number, responseCount: number, completeCount: number, hasUnpublishedChanges: boolean }> } | null };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { id: string } };

export type UnsubscribeFromSurveyMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeFromSurveyMutation = { unsubscribeFromSurvey: boolean };

export type PreviewSurveyCsvQueryVariables = Exact<{
  input: PreviewSurveyCsvInput;
}>;


export type PreviewSurveyCsvQuery = { previewSurveyCsv: { rowCount: number, warnings: Array<string>, columns: Array<{ index: number, header: string, type: QuestionType, personaField: PersonaField, sensitive: boolean, skip: boolean, reason: string, sampleValues: Array<string>, customerId: boolean, attentionCheck: { expected: Array<string> } | null }> } };

export type ThemeFieldsFragment = { id: string, label: string, description: string | null, keyphrases: Array<string>, questionId: string | null, sourceLabel: string, unitCount: number, pendingSuggestions: number, acceptedSuggestions: number, code: { id: string, name: string, category: CodeCategory }, examples: Array<{ id: string, text: string }> };

export type ThemeRunFieldsFragment = { id: string, status: RunStatus, progress: number, error: string | null, message: string | null, themeCount: number, suggestionCount: number };

export type StudyThemesQueryVariables = Exact<{
  studyId: string | number;
}>;


export type StudyThemesQuery = { themes: Array<{ id: string, label: string, description: string | null, keyphrases: Array<string>, questionId: string | null, sourceLabel: string, unitCount: number, pendingSuggestions: number, acceptedSuggestions: number, code: { id: string, name: string, category: CodeCategory }, examples: Array<{ id: string, text: string }> }> };

export type ThemeQuestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeQuestionsQuery = { study: { id: string, surveys: Array<{ id: string, title: string, questions: Array<{ id: string, title: string, type: QuestionType }> }> } | null };

export type DiscoverThemesMutationVariables = Exact<{
  input: DiscoverThemesInput;
}>;


export type DiscoverThemesMutation = { discoverThemes: { id: string, status: RunStatus, progress: number, error: string | null, message: string | null, themeCount: number, suggestionCount: number } };

export type ThemeRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeRunQuery = { themeRun: { id: string, status: RunStatus, progress: number, error: string | null, message: string | null, themeCount: number, suggestionCount: number } | null };

export type AcceptThemeMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptThemeMutation = { acceptTheme: { id: string, label: string, description: string | null, keyphrases: Array<string>, questionId: string | null, sourceLabel: string, unitCount: number, pendingSuggestions: number, acceptedSuggestions: number, code: { id: string, name: string, category: CodeCategory }, examples: Array<{ id: string, text: string }> } };

export type UndoAcceptThemeMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoAcceptThemeMutation = { undoAcceptTheme: { id: string, label: string, description: string | null, keyphrases: Array<string>, questionId: string | null, sourceLabel: string, unitCount: number, pendingSuggestions: number, acceptedSuggestions: number, code: { id: string, name: string, category: CodeCategory }, examples: Array<{ id: string, text: string }> } };

export type RenameThemeMutationVariables = Exact<{
  id: string | number;
  label: string;
}>;


export type RenameThemeMutation = { renameTheme: { id: string, label: string, description: string | null, keyphrases: Array<string>, questionId: string | null, sourceLabel: string, unitCount: number, pendingSuggestions: number, acceptedSuggestions: number, code: { id: string, name: string, category: CodeCategory }, examples: Array<{ id: string, text: string }> } };

export type MergeThemesMutationVariables = Exact<{
  sourceId: string | number;
  targetId: string | number;
}>;


export type MergeThemesMutation = { mergeThemes: { id: string, label: string, description: string | null, keyphrases: Array<string>, questionId: string | null, sourceLabel: string, unitCount: number, pendingSuggestions: number, acceptedSuggestions: number, code: { id: string, name: string, category: CodeCategory }, examples: Array<{ id: string, text: string }> } };

export type DropThemeMutationVariables = Exact<{
  id: string | number;
}>;


export type DropThemeMutation = { dropTheme: boolean };

export type WorkspaceMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceMembersQuery = { emailEnabled: boolean, workspace: { id: string, name: string, myRole: Role | null, members: Array<{ role: Role, user: { id: string, name: string, email: string } }> } | null };

export type AddMemberMutationVariables = Exact<{
  workspaceId: string | number;
  email: string;
  role: Role;
}>;


export type AddMemberMutation = { addMember: { role: Role, invitationLink: string | null } };

export type SetMemberRoleMutationVariables = Exact<{
  workspaceId: string | number;
  userId: string | number;
  role: Role;
}>;


export type SetMemberRoleMutation = { setMemberRole: { role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  workspaceId: string | number;
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type WorkspaceAuditLogQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type WorkspaceAuditLogQuery = { workspace: { id: string, auditLog: Array<{ id: string, action: WorkspaceAuditAction, targetEmail: string | null, roleBefore: Role | null, roleAfter: Role | null, at: string, actor: { id: string, name: string } | null, targetUser: { id: string, name: string } | null }> } | null };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { workspaceInvitationPreview: { workspaceName: string, role: Role, email: string, expiresAt: string } };

export type AcceptInvitationByTokenMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationByTokenMutation = { acceptInvitationByToken: { id: string, name: string } };

export type LeaveWorkspaceMutationVariables = Exact<{
  workspaceId: string | number;
}>;


export type LeaveWorkspaceMutation = { leaveWorkspace: boolean };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: Array<{ id: string, workspaceName: string, role: Role, invitedByName: string | null, expiresAt: string }> };

export type AcceptInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string } };

export type DeclineInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineInvitationMutation = { declineInvitation: boolean };

export type WorkspaceInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceInvitationsQuery = { workspace: { id: string, invitations: Array<{ id: string, email: string, role: Role, expiresAt: string }> } | null };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type WorkspaceStudiesQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceStudiesQuery = { workspace: { id: string, name: string, studies: Array<{ id: string, name: string, description: string | null }> } | null };

export type CreateStudyMutationVariables = Exact<{
  input: CreateStudyInput;
}>;


export type CreateStudyMutation = { createStudy: { id: string } };

export type CreateWorkspaceMutationVariables = Exact<{
  name: string;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { id: string, name: string, studies: Array<{ id: string }>, members: Array<{ role: Role }> } };

export type SurveyWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyWorkspaceQuery = { survey: { id: string, study: { id: string, workspace: { id: string } } } | null };

export type PersonaWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonaWorkspaceQuery = { persona: { id: string, study: { id: string, workspace: { id: string } } } | null };

export type InterviewWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type InterviewWorkspaceQuery = { interview: { id: string, study: { id: string, workspace: { id: string } } } | null };

export type StudyWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyWorkspaceQuery = { study: { id: string, workspace: { id: string } } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string, deviceToken: string, user: { id: string, email: string, name: string } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { token: string, deviceToken: string, user: { id: string, email: string, name: string } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type WorkspaceListQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceListQuery = { workspaces: Array<{ id: string, name: string, studies: Array<{ id: string }>, members: Array<{ role: Role }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CodingHighlightFieldsFragmentDoc = new TypedDocumentString(`
    fragment CodingHighlightFields on Highlight {
  id
  start
  end
  text
  status
  coder
  confidence
  code {
    id
    name
    category
  }
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
}
    `, {"fragmentName":"CodingHighlightFields"}) as unknown as TypedDocumentString<CodingHighlightFieldsFragment, unknown>;
export const PersonaTraitMarkFragmentDoc = new TypedDocumentString(`
    fragment PersonaTraitMark on TraitMark {
  traitIndex
  ok
  note
}
    `, {"fragmentName":"PersonaTraitMark"}) as unknown as TypedDocumentString<PersonaTraitMarkFragment, unknown>;
export const PersonaEvidenceFragmentDoc = new TypedDocumentString(`
    fragment PersonaEvidence on Evidence {
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
  start
  end
  quote
  questionTitle
  participant {
    label
  }
}
    `, {"fragmentName":"PersonaEvidence"}) as unknown as TypedDocumentString<PersonaEvidenceFragment, unknown>;
export const PersonaTraitFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonaTraitFields on PersonaTrait {
  kind
  text
  share
  lift
  sharedByStudy
  evidence {
    ...PersonaEvidence
  }
}
    fragment PersonaEvidence on Evidence {
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
  start
  end
  quote
  questionTitle
  participant {
    label
  }
}`, {"fragmentName":"PersonaTraitFields"}) as unknown as TypedDocumentString<PersonaTraitFieldsFragment, unknown>;
export const PersonaSensitiveProfileFragmentDoc = new TypedDocumentString(`
    fragment PersonaSensitiveProfile on SensitiveProfile {
  question
  answered
  values {
    label
    share
    studyShare
  }
}
    `, {"fragmentName":"PersonaSensitiveProfile"}) as unknown as TypedDocumentString<PersonaSensitiveProfileFragment, unknown>;
export const PersonaCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonaCardFields on Persona {
  id
  name
  tagline
  avatarSvg
  status
  latestStatus
  reviewState
  version
  segmentShare
  participantCount
  segmentVanished
  smallSegment
}
    `, {"fragmentName":"PersonaCardFields"}) as unknown as TypedDocumentString<PersonaCardFieldsFragment, unknown>;
export const SynthesisRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment SynthesisRunFields on SynthesisRun {
  id
  status
  progress
  stage
  error
  provider
  model
  tokensIn
  tokensOut
  participantCount
  warnings
  startedAt
  finishedAt
  includeFlagged
  excludedResponses {
    count
    reasons {
      reason
      count
    }
  }
  quality {
    silhouette
    stability
    evidenceCoverage
    faithfulness
  }
}
    `, {"fragmentName":"SynthesisRunFields"}) as unknown as TypedDocumentString<SynthesisRunFieldsFragment, unknown>;
export const ShareLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShareLinkFields on ShareLink {
  id
  scope
  personaId
  personaName
  createdBy {
    id
    name
  }
  createdAt
  expiresAt
  revokedAt
  active
  viewCount
  lastViewedAt
}
    `, {"fragmentName":"ShareLinkFields"}) as unknown as TypedDocumentString<ShareLinkFieldsFragment, unknown>;
export const SurveyQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyQuestionFields on Question {
  id
  type
  title
  description
  required
  options {
    id
    label
  }
  rows {
    id
    label
  }
  min
  max
  minLabel
  maxLabel
  showIf {
    questionId
    operator
    value
  }
  personaField
}
    `, {"fragmentName":"SurveyQuestionFields"}) as unknown as TypedDocumentString<SurveyQuestionFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvitationFields on Invitation {
  id
  email
  token
  status
  delivery {
    state
    sentAt
    openedAt
    reminders
    maxReminders
    reminderAfterDays
    nextReminderAt
    lastError
  }
}
    `, {"fragmentName":"InvitationFields"}) as unknown as TypedDocumentString<InvitationFieldsFragment, unknown>;
export const ThemeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThemeFields on Theme {
  id
  label
  description
  keyphrases
  questionId
  sourceLabel
  unitCount
  pendingSuggestions
  acceptedSuggestions
  code {
    id
    name
    category
  }
  examples(first: 3) {
    id
    text
  }
}
    `, {"fragmentName":"ThemeFields"}) as unknown as TypedDocumentString<ThemeFieldsFragment, unknown>;
export const ThemeRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThemeRunFields on ThemeRun {
  id
  status
  progress
  error
  message
  themeCount
  suggestionCount
}
    `, {"fragmentName":"ThemeRunFields"}) as unknown as TypedDocumentString<ThemeRunFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const AccountEmailSettingsDocument = new TypedDocumentString(`
    query AccountEmailSettings {
  emailEnabled
  notificationSettings {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<AccountEmailSettingsQuery, AccountEmailSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: [NotificationSettingInput!]!) {
  updateNotificationSettings(input: $input) {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const StudyAnalyticsImportsDocument = new TypedDocumentString(`
    query StudyAnalyticsImports($id: ID!) {
  study(id: $id) {
    id
    analyticsImports {
      id
      kind
      fileName
      status
      bytesRead
      rowsRead
      rowsSkipped
      events
      users
      linked
      unlinked
      features
      error
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<StudyAnalyticsImportsQuery, StudyAnalyticsImportsQueryVariables>;
export const PreviewAnalyticsCsvDocument = new TypedDocumentString(`
    query PreviewAnalyticsCsv($studyId: ID!, $sample: String!, $whole: Boolean) {
  previewAnalyticsCsv(studyId: $studyId, sample: $sample, whole: $whole) {
    columns
    rows
    timeColumns
    numericColumns
    proposal {
      kind
      userColumn
      eventColumn
      timeColumn
      propertiesColumn
      metricColumns
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewAnalyticsCsvQuery, PreviewAnalyticsCsvQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CodeHighlightsPageDocument = new TypedDocumentString(`
    query CodeHighlightsPage($codeId: ID!, $first: Int!, $offset: Int!) {
  codeHighlights(codeId: $codeId, first: $first, offset: $offset) {
    totalCount
    nodes {
      id
      text
      status
      coder
      confidence
      source {
        type
        segmentId
        responseId
        questionId
        messageId
      }
      place {
        label
        interviewId
        surveyId
        speaker
        conversationId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodeHighlightsPageQuery, CodeHighlightsPageQueryVariables>;
export const CodeHighlightCodersDocument = new TypedDocumentString(`
    query CodeHighlightCoders($studyId: ID!) {
  study(id: $studyId) {
    id
    workspace {
      id
      members {
        user {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodeHighlightCodersQuery, CodeHighlightCodersQueryVariables>;
export const CodingCreateCodeDocument = new TypedDocumentString(`
    mutation CodingCreateCode($input: CreateCodeInput!) {
  createCode(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CodingCreateCodeMutation, CodingCreateCodeMutationVariables>;
export const CodingUpdateCodeDocument = new TypedDocumentString(`
    mutation CodingUpdateCode($id: ID!, $input: UpdateCodeInput!) {
  updateCode(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CodingUpdateCodeMutation, CodingUpdateCodeMutationVariables>;
export const CodingMergeCodesDocument = new TypedDocumentString(`
    mutation CodingMergeCodes($sourceId: ID!, $targetId: ID!) {
  mergeCodes(sourceId: $sourceId, targetId: $targetId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CodingMergeCodesMutation, CodingMergeCodesMutationVariables>;
export const CodingDeleteCodeDocument = new TypedDocumentString(`
    mutation CodingDeleteCode($id: ID!, $force: Boolean) {
  deleteCode(id: $id, force: $force)
}
    `) as unknown as TypedDocumentString<CodingDeleteCodeMutation, CodingDeleteCodeMutationVariables>;
export const CodingImportCodebookDocument = new TypedDocumentString(`
    mutation CodingImportCodebook($studyId: ID!, $format: CodebookFormat!, $content: String!) {
  importCodebook(studyId: $studyId, format: $format, content: $content) {
    id
  }
}
    `) as unknown as TypedDocumentString<CodingImportCodebookMutation, CodingImportCodebookMutationVariables>;
export const CodingCodebookDocument = new TypedDocumentString(`
    query CodingCodebook($id: ID!) {
  study(id: $id) {
    id
    codes {
      id
      name
      description
      category
      highlightCount
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodingCodebookQuery, CodingCodebookQueryVariables>;
export const CodingHighlightsDocument = new TypedDocumentString(`
    query CodingHighlights($studyId: ID!, $status: HighlightStatus, $codeId: ID) {
  highlights(studyId: $studyId, status: $status, codeId: $codeId) {
    ...CodingHighlightFields
  }
}
    fragment CodingHighlightFields on Highlight {
  id
  start
  end
  text
  status
  coder
  confidence
  code {
    id
    name
    category
  }
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
}`) as unknown as TypedDocumentString<CodingHighlightsQuery, CodingHighlightsQueryVariables>;
export const CodingApplyCodeDocument = new TypedDocumentString(`
    mutation CodingApplyCode($input: ApplyCodeInput!) {
  applyCode(input: $input) {
    ...CodingHighlightFields
  }
}
    fragment CodingHighlightFields on Highlight {
  id
  start
  end
  text
  status
  coder
  confidence
  code {
    id
    name
    category
  }
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
}`) as unknown as TypedDocumentString<CodingApplyCodeMutation, CodingApplyCodeMutationVariables>;
export const CodingRemoveHighlightDocument = new TypedDocumentString(`
    mutation CodingRemoveHighlight($id: ID!) {
  removeHighlight(id: $id)
}
    `) as unknown as TypedDocumentString<CodingRemoveHighlightMutation, CodingRemoveHighlightMutationVariables>;
export const CodingReviewSuggestionDocument = new TypedDocumentString(`
    mutation CodingReviewSuggestion($id: ID!, $accept: Boolean!) {
  reviewSuggestion(id: $id, accept: $accept) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CodingReviewSuggestionMutation, CodingReviewSuggestionMutationVariables>;
export const CodingReviewSuggestionsDocument = new TypedDocumentString(`
    mutation CodingReviewSuggestions($ids: [ID!]!, $accept: Boolean!) {
  reviewSuggestions(ids: $ids, accept: $accept)
}
    `) as unknown as TypedDocumentString<CodingReviewSuggestionsMutation, CodingReviewSuggestionsMutationVariables>;
export const CodingReopenSuggestionsDocument = new TypedDocumentString(`
    mutation CodingReopenSuggestions($ids: [ID!]!) {
  reopenSuggestions(ids: $ids)
}
    `) as unknown as TypedDocumentString<CodingReopenSuggestionsMutation, CodingReopenSuggestionsMutationVariables>;
export const CodingAcceptSuggestionsDocument = new TypedDocumentString(`
    mutation CodingAcceptSuggestions($studyId: ID!, $codeId: ID!, $minConfidence: Float!) {
  acceptSuggestions(
    studyId: $studyId
    codeId: $codeId
    minConfidence: $minConfidence
  )
}
    `) as unknown as TypedDocumentString<CodingAcceptSuggestionsMutation, CodingAcceptSuggestionsMutationVariables>;
export const CodingCodersDocument = new TypedDocumentString(`
    query CodingCoders($id: ID!) {
  study(id: $id) {
    id
    workspace {
      id
      members {
        user {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodingCodersQuery, CodingCodersQueryVariables>;
export const CodingAgreementDocument = new TypedDocumentString(`
    query CodingAgreement($studyId: ID!, $coderA: String!, $coderB: String!) {
  codingAgreement(studyId: $studyId, coderA: $coderA, coderB: $coderB) {
    units
    sharedUnits
    minSharedUnits
    enough
    observed
    cohensKappa
    perCode {
      codeId
      codeName
      units
      observed
      cohensKappa
    }
  }
}
    `) as unknown as TypedDocumentString<CodingAgreementQuery, CodingAgreementQueryVariables>;
export const CodingAnswerTextDocument = new TypedDocumentString(`
    query CodingAnswerText($source: SourceRefInput!) {
  sourceText(source: $source) {
    text
  }
}
    `) as unknown as TypedDocumentString<CodingAnswerTextQuery, CodingAnswerTextQueryVariables>;
export const CodingResponsesDocument = new TypedDocumentString(`
    query CodingResponses($surveyId: ID!, $first: Int!, $after: String) {
  responses(surveyId: $surveyId, first: $first, after: $after) {
    totalCount
    endCursor
    nodes {
      id
      answers {
        questionId
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodingResponsesQuery, CodingResponsesQueryVariables>;
export const CodingSurveysDocument = new TypedDocumentString(`
    query CodingSurveys($id: ID!) {
  study(id: $id) {
    id
    surveys {
      id
      title
      questions {
        id
        title
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodingSurveysQuery, CodingSurveysQueryVariables>;
export const LatestCalibrationDocument = new TypedDocumentString(`
    query LatestCalibration($studyId: ID!) {
  latestCalibration(studyId: $studyId) {
    id
    status
    progress
    error
    provider
    coder
    sampleSize
    sampledUnits
    createdAt
    finishedAt
    result {
      units
      minSharedUnits
      enough
      observed
      cohensKappa
      perCode {
        codeId
        codeName
        units
        humanUses
        coderUses
        observed
        cohensKappa
        precision
        recall
        enough
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestCalibrationQuery, LatestCalibrationQueryVariables>;
export const StartCalibrationDocument = new TypedDocumentString(`
    mutation StartCalibration($studyId: ID!, $provider: String, $sampleSize: Int) {
  startCalibration(
    studyId: $studyId
    provider: $provider
    sampleSize: $sampleSize
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartCalibrationMutation, StartCalibrationMutationVariables>;
export const SuggestCodesDocument = new TypedDocumentString(`
    mutation SuggestCodes($studyId: ID!, $provider: String) {
  suggestCodes(studyId: $studyId, provider: $provider) {
    id
    status
    progress
    error
    suggestions
    provider
  }
}
    `) as unknown as TypedDocumentString<SuggestCodesMutation, SuggestCodesMutationVariables>;
export const CodingRunDocument = new TypedDocumentString(`
    query CodingRun($id: ID!) {
  codingRun(id: $id) {
    id
    status
    progress
    error
    suggestions
    provider
  }
}
    `) as unknown as TypedDocumentString<CodingRunQuery, CodingRunQueryVariables>;
export const CodingQueueQuestionsDocument = new TypedDocumentString(`
    query CodingQueueQuestions($id: ID!) {
  study(id: $id) {
    id
    surveys {
      id
      questions {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodingQueueQuestionsQuery, CodingQueueQuestionsQueryVariables>;
export const FeedbackImportsDocument = new TypedDocumentString(`
    query FeedbackImports($studyId: ID!) {
  feedbackImports(studyId: $studyId) {
    id
    kind
    format
    fileName
    status
    bytesTotal
    bytesRead
    rowsRead
    conversationCount
    messageCount
    emptyDropped
    datesUnparsed
    warnings
    error
    createdAt
  }
}
    `) as unknown as TypedDocumentString<FeedbackImportsQuery, FeedbackImportsQueryVariables>;
export const FeedbackConversationsDocument = new TypedDocumentString(`
    query FeedbackConversations($studyId: ID!, $kind: FeedbackKind, $offset: Int, $limit: Int) {
  feedbackConversations(
    studyId: $studyId
    kind: $kind
    offset: $offset
    limit: $limit
  ) {
    total
    items {
      id
      kind
      title
      rating
      createdAt
      customerLabel
      messageCount
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackConversationsQuery, FeedbackConversationsQueryVariables>;
export const FeedbackConversationDocument = new TypedDocumentString(`
    query FeedbackConversation($id: ID!) {
  feedbackConversation(id: $id) {
    id
    studyId
    kind
    title
    rating
    createdAt
    customerLabel
    messages {
      id
      index
      role
      text
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackConversationQuery, FeedbackConversationQueryVariables>;
export const PreviewFeedbackImportDocument = new TypedDocumentString(`
    mutation PreviewFeedbackImport($studyId: ID!, $kind: FeedbackKind!, $sample: String!, $mapping: [FeedbackColumnInput!]) {
  previewFeedbackImport(
    studyId: $studyId
    kind: $kind
    sample: $sample
    mapping: $mapping
  ) {
    format
    dayOrder
    rows
    conversations
    messages
    emptyDropped
    datesUnparsed
    warnings
    columns {
      index
      header
      field
      samples
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewFeedbackImportMutation, PreviewFeedbackImportMutationVariables>;
export const DeleteFeedbackImportDocument = new TypedDocumentString(`
    mutation DeleteFeedbackImport($id: ID!) {
  deleteFeedbackImport(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteFeedbackImportMutation, DeleteFeedbackImportMutationVariables>;
export const InboxNotificationsDocument = new TypedDocumentString(`
    query InboxNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes {
      id
      kind
      title
      link
      createdAt
      read
      actor {
        id
        name
      }
    }
    endCursor
  }
}
    `) as unknown as TypedDocumentString<InboxNotificationsQuery, InboxNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue {
  reviewQueue {
    id
    name
    status
    study {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ImportTranscriptDocument = new TypedDocumentString(`
    mutation ImportTranscript($input: ImportTranscriptInput!) {
  importTranscript(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportTranscriptMutation, ImportTranscriptMutationVariables>;
export const SetInterviewCustomerDocument = new TypedDocumentString(`
    mutation SetInterviewCustomer($id: ID!, $customerId: String) {
  setInterviewCustomer(interviewId: $id, customerId: $customerId) {
    id
    customerLabel
  }
}
    `) as unknown as TypedDocumentString<SetInterviewCustomerMutation, SetInterviewCustomerMutationVariables>;
export const InterviewReaderDocument = new TypedDocumentString(`
    query InterviewReader($id: ID!) {
  interview(id: $id) {
    id
    title
    conductedAt
    interviewerSpeakers
    segmentCount
    customerLabel
    participant {
      id
      label
    }
    segments {
      id
      index
      speaker
      startMs
      endMs
      text
      isInterviewer
    }
  }
  workspaces {
    id
    name
    myRole
    studies {
      id
      name
      interviews {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewReaderQuery, InterviewReaderQueryVariables>;
export const StudyInterviewsDocument = new TypedDocumentString(`
    query StudyInterviews($id: ID!) {
  study(id: $id) {
    id
    interviews {
      id
      title
      conductedAt
      segmentCount
      participant {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyInterviewsQuery, StudyInterviewsQueryVariables>;
export const PersonaMembersDocument = new TypedDocumentString(`
    query PersonaMembers($id: ID!, $first: Int!, $after: String) {
  persona(id: $id) {
    id
    members(first: $first, after: $after) {
      totalCount
      endCursor
      nodes {
        id
        label
        fit
        participant {
          id
          label
        }
        responses {
          id
          surveyId
          surveyTitle
          submittedAt
        }
        interviewIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonaMembersQuery, PersonaMembersQueryVariables>;
export const StudyPersonasDocument = new TypedDocumentString(`
    query StudyPersonas($id: ID!) {
  study(id: $id) {
    id
    workspace {
      id
      myRole
    }
    personas {
      ...PersonaCardFields
    }
    synthesisRuns {
      ...SynthesisRunFields
    }
  }
}
    fragment PersonaCardFields on Persona {
  id
  name
  tagline
  avatarSvg
  status
  latestStatus
  reviewState
  version
  segmentShare
  participantCount
  segmentVanished
  smallSegment
}
fragment SynthesisRunFields on SynthesisRun {
  id
  status
  progress
  stage
  error
  provider
  model
  tokensIn
  tokensOut
  participantCount
  warnings
  startedAt
  finishedAt
  includeFlagged
  excludedResponses {
    count
    reasons {
      reason
      count
    }
  }
  quality {
    silhouette
    stability
    evidenceCoverage
    faithfulness
  }
}`) as unknown as TypedDocumentString<StudyPersonasQuery, StudyPersonasQueryVariables>;
export const SynthesisRunStatusDocument = new TypedDocumentString(`
    query SynthesisRunStatus($id: ID!) {
  synthesisRun(id: $id) {
    ...SynthesisRunFields
  }
}
    fragment SynthesisRunFields on SynthesisRun {
  id
  status
  progress
  stage
  error
  provider
  model
  tokensIn
  tokensOut
  participantCount
  warnings
  startedAt
  finishedAt
  includeFlagged
  excludedResponses {
    count
    reasons {
      reason
      count
    }
  }
  quality {
    silhouette
    stability
    evidenceCoverage
    faithfulness
  }
}`) as unknown as TypedDocumentString<SynthesisRunStatusQuery, SynthesisRunStatusQueryVariables>;
export const StartSynthesisDocument = new TypedDocumentString(`
    mutation StartSynthesis($input: StartSynthesisInput!) {
  startSynthesis(input: $input) {
    ...SynthesisRunFields
  }
}
    fragment SynthesisRunFields on SynthesisRun {
  id
  status
  progress
  stage
  error
  provider
  model
  tokensIn
  tokensOut
  participantCount
  warnings
  startedAt
  finishedAt
  includeFlagged
  excludedResponses {
    count
    reasons {
      reason
      count
    }
  }
  quality {
    silhouette
    stability
    evidenceCoverage
    faithfulness
  }
}`) as unknown as TypedDocumentString<StartSynthesisMutation, StartSynthesisMutationVariables>;
export const StudyResponseQualityDocument = new TypedDocumentString(`
    query StudyResponseQuality($id: ID!) {
  study(id: $id) {
    id
    responseQuality {
      responseCount
      flaggedCount
      reasons {
        reason
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StudyResponseQualityQuery, StudyResponseQualityQueryVariables>;
export const CancelSynthesisDocument = new TypedDocumentString(`
    mutation CancelSynthesis($id: ID!) {
  cancelSynthesis(id: $id) {
    ...SynthesisRunFields
  }
}
    fragment SynthesisRunFields on SynthesisRun {
  id
  status
  progress
  stage
  error
  provider
  model
  tokensIn
  tokensOut
  participantCount
  warnings
  startedAt
  finishedAt
  includeFlagged
  excludedResponses {
    count
    reasons {
      reason
      count
    }
  }
  quality {
    silhouette
    stability
    evidenceCoverage
    faithfulness
  }
}`) as unknown as TypedDocumentString<CancelSynthesisMutation, CancelSynthesisMutationVariables>;
export const WorkspaceApprovedPersonasDocument = new TypedDocumentString(`
    query WorkspaceApprovedPersonas($id: ID!) {
  workspace(id: $id) {
    id
    name
    studies {
      id
      name
      personas(status: APPROVED) {
        ...PersonaCardFields
      }
    }
  }
}
    fragment PersonaCardFields on Persona {
  id
  name
  tagline
  avatarSvg
  status
  latestStatus
  reviewState
  version
  segmentShare
  participantCount
  segmentVanished
  smallSegment
}`) as unknown as TypedDocumentString<WorkspaceApprovedPersonasQuery, WorkspaceApprovedPersonasQueryVariables>;
export const PersonaDetailDocument = new TypedDocumentString(`
    query PersonaDetail($id: ID!) {
  persona(id: $id) {
    ...PersonaCardFields
    summary
    backstory
    latestVersion
    approvedVersion
    reviewState
    reviewers {
      id
      name
    }
    traits {
      ...PersonaTraitFields
    }
    quotes {
      ...PersonaEvidence
    }
    sensitiveProfile {
      ...PersonaSensitiveProfile
    }
    draft {
      version
      status
      name
      tagline
      summary
      backstory
      participantCount
      smallSegment
      traits {
        ...PersonaTraitFields
      }
      quotes {
        ...PersonaEvidence
      }
      sensitiveProfile {
        ...PersonaSensitiveProfile
      }
    }
    reviews {
      id
      reviewer {
        name
      }
      decision
      comment
      createdAt
      personaVersion
      traitMarks {
        ...PersonaTraitMark
      }
    }
    reviewHistory {
      id
      kind
      actor {
        id
        name
      }
      createdAt
      version
      reviewers {
        id
        name
      }
      body
      traitIndex
      origin
      fields
      traitMarks {
        ...PersonaTraitMark
      }
    }
    comments {
      id
      author {
        name
      }
      body
      traitIndex
      personaVersion
      createdAt
    }
    synthesisRun {
      id
      provider
      model
      finishedAt
      quality {
        silhouette
        stability
        evidenceCoverage
        faithfulness
      }
    }
    study {
      id
      name
      workspace {
        id
        name
        myRole
      }
    }
  }
}
    fragment PersonaEvidence on Evidence {
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
  start
  end
  quote
  questionTitle
  participant {
    label
  }
}
fragment PersonaTraitMark on TraitMark {
  traitIndex
  ok
  note
}
fragment PersonaTraitFields on PersonaTrait {
  kind
  text
  share
  lift
  sharedByStudy
  evidence {
    ...PersonaEvidence
  }
}
fragment PersonaSensitiveProfile on SensitiveProfile {
  question
  answered
  values {
    label
    share
    studyShare
  }
}
fragment PersonaCardFields on Persona {
  id
  name
  tagline
  avatarSvg
  status
  latestStatus
  reviewState
  version
  segmentShare
  participantCount
  segmentVanished
  smallSegment
}`) as unknown as TypedDocumentString<PersonaDetailQuery, PersonaDetailQueryVariables>;
export const PersonaReviewerChoicesDocument = new TypedDocumentString(`
    query PersonaReviewerChoices($id: ID!) {
  workspace(id: $id) {
    id
    members {
      role
      user {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonaReviewerChoicesQuery, PersonaReviewerChoicesQueryVariables>;
export const PersonaHistoryDocument = new TypedDocumentString(`
    query PersonaHistory($id: ID!) {
  persona(id: $id) {
    id
    reviews {
      id
      personaVersion
      decision
      reviewer {
        name
      }
      traitMarks {
        ...PersonaTraitMark
      }
    }
    versions {
      version
      status
      origin
      createdAt
      createdBy {
        name
      }
      name
      traits {
        text
      }
    }
    auditTrail {
      id
      actor {
        name
      }
      action
      beforeVersion
      afterVersion
      createdAt
      detail
    }
  }
}
    fragment PersonaTraitMark on TraitMark {
  traitIndex
  ok
  note
}`) as unknown as TypedDocumentString<PersonaHistoryQuery, PersonaHistoryQueryVariables>;
export const PersonaDiffDocument = new TypedDocumentString(`
    query PersonaDiff($id: ID!, $from: Int!, $to: Int!) {
  persona(id: $id) {
    id
    diff(from: $from, to: $to) {
      field
      change
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<PersonaDiffQuery, PersonaDiffQueryVariables>;
export const PersonaSourceTextDocument = new TypedDocumentString(`
    query PersonaSourceText($source: SourceRefInput!) {
  sourceText(source: $source) {
    text
    label
    interviewId
    speaker
    startMs
    questionTitle
    conversationId
    studyId
  }
}
    `) as unknown as TypedDocumentString<PersonaSourceTextQuery, PersonaSourceTextQueryVariables>;
export const PersonaEvidenceHighlightsDocument = new TypedDocumentString(`
    query PersonaEvidenceHighlights($studyId: ID!) {
  highlights(studyId: $studyId, status: ACCEPTED) {
    id
    start
    end
    text
    source {
      type
      segmentId
      responseId
      questionId
      messageId
    }
    code {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PersonaEvidenceHighlightsQuery, PersonaEvidenceHighlightsQueryVariables>;
export const UpdatePersonaDocument = new TypedDocumentString(`
    mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {
  updatePersona(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonaMutation, UpdatePersonaMutationVariables>;
export const SubmitPersonaForReviewDocument = new TypedDocumentString(`
    mutation SubmitPersonaForReview($id: ID!, $reviewerIds: [ID!]) {
  submitPersonaForReview(id: $id, reviewerIds: $reviewerIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitPersonaForReviewMutation, SubmitPersonaForReviewMutationVariables>;
export const ReviewPersonaDocument = new TypedDocumentString(`
    mutation ReviewPersona($input: ReviewPersonaInput!) {
  reviewPersona(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewPersonaMutation, ReviewPersonaMutationVariables>;
export const ArchivePersonaDocument = new TypedDocumentString(`
    mutation ArchivePersona($id: ID!) {
  archivePersona(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArchivePersonaMutation, ArchivePersonaMutationVariables>;
export const CommentOnPersonaDocument = new TypedDocumentString(`
    mutation CommentOnPersona($personaId: ID!, $body: String!, $traitIndex: Int) {
  commentOnPersona(personaId: $personaId, body: $body, traitIndex: $traitIndex) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentOnPersonaMutation, CommentOnPersonaMutationVariables>;
export const PersonaPrintCardDocument = new TypedDocumentString(`
    query PersonaPrintCard($id: ID!) {
  persona(id: $id) {
    ...PersonaCardFields
    summary
    traits {
      ...PersonaTraitFields
    }
    quotes {
      ...PersonaEvidence
    }
    study {
      id
      name
    }
  }
}
    fragment PersonaEvidence on Evidence {
  source {
    type
    segmentId
    responseId
    questionId
    messageId
  }
  start
  end
  quote
  questionTitle
  participant {
    label
  }
}
fragment PersonaTraitFields on PersonaTrait {
  kind
  text
  share
  lift
  sharedByStudy
  evidence {
    ...PersonaEvidence
  }
}
fragment PersonaCardFields on Persona {
  id
  name
  tagline
  avatarSvg
  status
  latestStatus
  reviewState
  version
  segmentShare
  participantCount
  segmentVanished
  smallSegment
}`) as unknown as TypedDocumentString<PersonaPrintCardQuery, PersonaPrintCardQueryVariables>;
export const PersonaWorkspaceRoleDocument = new TypedDocumentString(`
    query PersonaWorkspaceRole($id: ID!) {
  workspace(id: $id) {
    id
    myRole
  }
}
    `) as unknown as TypedDocumentString<PersonaWorkspaceRoleQuery, PersonaWorkspaceRoleQueryVariables>;
export const ShareLinksDocument = new TypedDocumentString(`
    query ShareLinks($studyId: ID!) {
  shareLinks(studyId: $studyId) {
    ...ShareLinkFields
  }
}
    fragment ShareLinkFields on ShareLink {
  id
  scope
  personaId
  personaName
  createdBy {
    id
    name
  }
  createdAt
  expiresAt
  revokedAt
  active
  viewCount
  lastViewedAt
}`) as unknown as TypedDocumentString<ShareLinksQuery, ShareLinksQueryVariables>;
export const CreateShareLinkDocument = new TypedDocumentString(`
    mutation CreateShareLink($input: CreateShareLinkInput!) {
  createShareLink(input: $input) {
    url
    link {
      ...ShareLinkFields
    }
  }
}
    fragment ShareLinkFields on ShareLink {
  id
  scope
  personaId
  personaName
  createdBy {
    id
    name
  }
  createdAt
  expiresAt
  revokedAt
  active
  viewCount
  lastViewedAt
}`) as unknown as TypedDocumentString<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = new TypedDocumentString(`
    mutation RevokeShareLink($id: ID!) {
  revokeShareLink(id: $id) {
    ...ShareLinkFields
  }
}
    fragment ShareLinkFields on ShareLink {
  id
  scope
  personaId
  personaName
  createdBy {
    id
    name
  }
  createdAt
  expiresAt
  revokedAt
  active
  viewCount
  lastViewedAt
}`) as unknown as TypedDocumentString<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const SharedPersonasDocument = new TypedDocumentString(`
    query SharedPersonas($token: String!) {
  sharedPersonas(token: $token) {
    scope
    expiresAt
    personas {
      name
      tagline
      summary
      backstory
      avatarSvg
      segmentShare
      participantCount
      smallSegment
      traits {
        kind
        text
        share
        lift
        sharedByStudy
        evidence {
          quote
          sourceKind
        }
      }
      quotes {
        quote
        sourceKind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharedPersonasQuery, SharedPersonasQueryVariables>;
export const PersonaOverTimeDocument = new TypedDocumentString(`
    query PersonaOverTime($id: ID!) {
  persona(id: $id) {
    id
    shareByMonth {
      month
      count
      total
      share
    }
    drift {
      approvedAt
      newcomers
      assigned
      shareAtApproval
      shareNow
      shareDrifted
      drifted
      message
      traits {
        label
        shareAtApproval
        shareNow
        drifted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonaOverTimeQuery, PersonaOverTimeQueryVariables>;
export const PublicSurveyDocument = new TypedDocumentString(`
    query PublicSurvey($slug: String!, $invitationToken: String) {
  publicSurvey(slug: $slug, invitationToken: $invitationToken) {
    title
    description
    version
    oneQuestionPerScreen
    questions {
      ...SurveyQuestionFields
    }
  }
}
    fragment SurveyQuestionFields on Question {
  id
  type
  title
  description
  required
  options {
    id
    label
  }
  rows {
    id
    label
  }
  min
  max
  minLabel
  maxLabel
  showIf {
    questionId
    operator
    value
  }
  personaField
}`) as unknown as TypedDocumentString<PublicSurveyQuery, PublicSurveyQueryVariables>;
export const SubmitResponseDocument = new TypedDocumentString(`
    mutation SubmitResponse($input: SubmitResponseInput!) {
  submitResponse(input: $input) {
    responseId
    complete
  }
}
    `) as unknown as TypedDocumentString<SubmitResponseMutation, SubmitResponseMutationVariables>;
export const StudyPersonaChoicesDocument = new TypedDocumentString(`
    query StudyPersonaChoices($studyId: ID!) {
  study(id: $studyId) {
    id
    personas {
      id
      name
      status
      segmentShare
    }
  }
}
    `) as unknown as TypedDocumentString<StudyPersonaChoicesQuery, StudyPersonaChoicesQueryVariables>;
export const SurveyResultsDocument = new TypedDocumentString(`
    query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {
  surveyResults(surveyId: $surveyId, filter: $filter) {
    responseCount
    completeCount
    partialCount
    questions {
      questionId
      answered
      choices {
        choiceId
        label
        count
        share
      }
      mean
      median
      nps {
        score
        promoters
        passives
        detractors
      }
      texts(first: 20)
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyResponsesDocument = new TypedDocumentString(`
    query SurveyResponses($surveyId: ID!, $first: Int!, $after: String, $filter: ResultsFilter) {
  responses(surveyId: $surveyId, first: $first, after: $after, filter: $filter) {
    totalCount
    endCursor
    nodes {
      id
      surveyVersion
      complete
      submittedAt
      hiddenFields
      qualityFlags {
        reason
        detail
      }
      answers {
        questionId
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyResponsesQuery, SurveyResponsesQueryVariables>;
export const SurveyQualityDocument = new TypedDocumentString(`
    query SurveyQuality($surveyId: ID!) {
  survey(id: $surveyId) {
    id
    qualitySummary {
      responseCount
      flaggedCount
      reasons {
        reason
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyQualityQuery, SurveyQualityQueryVariables>;
export const SearchEverythingDocument = new TypedDocumentString(`
    query SearchEverything($workspaceId: ID!, $query: String!, $studyId: ID, $sources: [SearchSource!], $codeId: ID, $first: Int, $after: String) {
  search(
    workspaceId: $workspaceId
    query: $query
    studyId: $studyId
    sources: $sources
    codeId: $codeId
    first: $first
    after: $after
  ) {
    hasNextPage
    endCursor
    nodes {
      source
      id
      title
      context
      snippet
      highlights {
        start
        end
      }
      studyId
      studyName
      link
      speakerRole
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEverythingQuery, SearchEverythingQueryVariables>;
export const SearchFiltersDocument = new TypedDocumentString(`
    query SearchFilters($workspaceId: ID!) {
  workspace(id: $workspaceId) {
    id
    name
    studies {
      id
      name
      codes {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFiltersQuery, SearchFiltersQueryVariables>;
export const StudyOverviewDocument = new TypedDocumentString(`
    query StudyOverview($id: ID!) {
  study(id: $id) {
    id
    name
    description
    workspace {
      id
      name
      myRole
    }
    surveys {
      id
      title
      status
    }
    interviews {
      id
      title
    }
    codes {
      id
      name
      category
    }
    personas {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StudyOverviewQuery, StudyOverviewQueryVariables>;
export const SurveyInvitationsDocument = new TypedDocumentString(`
    query SurveyInvitations($surveyId: ID!) {
  emailEnabled
  invitations(surveyId: $surveyId) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  token
  status
  delivery {
    state
    sentAt
    openedAt
    reminders
    maxReminders
    reminderAfterDays
    nextReminderAt
    lastError
  }
}`) as unknown as TypedDocumentString<SurveyInvitationsQuery, SurveyInvitationsQueryVariables>;
export const SendSurveyInvitationsDocument = new TypedDocumentString(`
    mutation SendSurveyInvitations($input: SendSurveyInvitationsInput!) {
  sendSurveyInvitations(input: $input) {
    sent {
      ...InvitationFields
    }
    rejected {
      line
      text
      reason
      message
    }
    emailEnabled
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  token
  status
  delivery {
    state
    sentAt
    openedAt
    reminders
    maxReminders
    reminderAfterDays
    nextReminderAt
    lastError
  }
}`) as unknown as TypedDocumentString<SendSurveyInvitationsMutation, SendSurveyInvitationsMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  token
  status
  delivery {
    state
    sentAt
    openedAt
    reminders
    maxReminders
    reminderAfterDays
    nextReminderAt
    lastError
  }
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const SurveyEditorDocument = new TypedDocumentString(`
    query SurveyEditor($id: ID!) {
  survey(id: $id) {
    id
    title
    description
    status
    slug
    version
    anonymous
    closesAt
    responseLimit
    oneQuestionPerScreen
    hasUnpublishedChanges
    responseCount
    completeCount
    study {
      id
      name
      workspace {
        id
        myRole
      }
    }
    questions {
      ...SurveyQuestionFields
    }
  }
}
    fragment SurveyQuestionFields on Question {
  id
  type
  title
  description
  required
  options {
    id
    label
  }
  rows {
    id
    label
  }
  min
  max
  minLabel
  maxLabel
  showIf {
    questionId
    operator
    value
  }
  personaField
}`) as unknown as TypedDocumentString<SurveyEditorQuery, SurveyEditorQueryVariables>;
export const UpdateSurveyDocument = new TypedDocumentString(`
    mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) {
    id
    status
    version
    hasUnpublishedChanges
    slug
  }
}
    `) as unknown as TypedDocumentString<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const PublishSurveyDocument = new TypedDocumentString(`
    mutation PublishSurvey($id: ID!) {
  publishSurvey(id: $id) {
    id
    status
    version
    hasUnpublishedChanges
  }
}
    `) as unknown as TypedDocumentString<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const CloseSurveyDocument = new TypedDocumentString(`
    mutation CloseSurvey($id: ID!) {
  closeSurvey(id: $id) {
    id
    status
    version
    hasUnpublishedChanges
  }
}
    `) as unknown as TypedDocumentString<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const SurveyAnalysisDocument = new TypedDocumentString(`
    query SurveyAnalysis($id: ID!) {
  survey(id: $id) {
    id
    study {
      id
      workspace {
        id
        myRole
      }
    }
    questions {
      id
      title
      type
      personaField
      sensitive
      sensitiveOptIn
      attentionCheck {
        expected
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyAnalysisQuery, SurveyAnalysisQueryVariables>;
export const UpdateQuestionAnalysisDocument = new TypedDocumentString(`
    mutation UpdateQuestionAnalysis($surveyId: ID!, $questions: [QuestionAnalysisInput!]!) {
  updateQuestionAnalysis(surveyId: $surveyId, questions: $questions) {
    id
    questions {
      id
      title
      type
      personaField
      sensitive
      sensitiveOptIn
      attentionCheck {
        expected
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateQuestionAnalysisMutation, UpdateQuestionAnalysisMutationVariables>;
export const ImportSurveyCsvDocument = new TypedDocumentString(`
    mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {
  importSurveyCsv(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportSurveyCsvMutation, ImportSurveyCsvMutationVariables>;
export const ParticipantLinkDocument = new TypedDocumentString(`
    query ParticipantLink($surveyId: ID!, $label: String!) {
  participantLink(surveyId: $surveyId, label: $label) {
    label
    path
  }
}
    `) as unknown as TypedDocumentString<ParticipantLinkQuery, ParticipantLinkQueryVariables>;
export const StudySurveysDocument = new TypedDocumentString(`
    query StudySurveys($id: ID!) {
  study(id: $id) {
    id
    surveys {
      id
      title
      status
      version
      responseCount
      completeCount
      hasUnpublishedChanges
    }
  }
}
    `) as unknown as TypedDocumentString<StudySurveysQuery, StudySurveysQueryVariables>;
export const CreateSurveyDocument = new TypedDocumentString(`
    mutation CreateSurvey($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UnsubscribeFromSurveyDocument = new TypedDocumentString(`
    mutation UnsubscribeFromSurvey($token: String!) {
  unsubscribeFromSurvey(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribeFromSurveyMutation, UnsubscribeFromSurveyMutationVariables>;
export const PreviewSurveyCsvDocument = new TypedDocumentString(`
    query PreviewSurveyCsv($input: PreviewSurveyCsvInput!) {
  previewSurveyCsv(input: $input) {
    rowCount
    warnings
    columns {
      index
      header
      type
      personaField
      sensitive
      skip
      reason
      sampleValues
      customerId
      attentionCheck {
        expected
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewSurveyCsvQuery, PreviewSurveyCsvQueryVariables>;
export const StudyThemesDocument = new TypedDocumentString(`
    query StudyThemes($studyId: ID!) {
  themes(studyId: $studyId) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  label
  description
  keyphrases
  questionId
  sourceLabel
  unitCount
  pendingSuggestions
  acceptedSuggestions
  code {
    id
    name
    category
  }
  examples(first: 3) {
    id
    text
  }
}`) as unknown as TypedDocumentString<StudyThemesQuery, StudyThemesQueryVariables>;
export const ThemeQuestionsDocument = new TypedDocumentString(`
    query ThemeQuestions($id: ID!) {
  study(id: $id) {
    id
    surveys {
      id
      title
      questions {
        id
        title
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeQuestionsQuery, ThemeQuestionsQueryVariables>;
export const DiscoverThemesDocument = new TypedDocumentString(`
    mutation DiscoverThemes($input: DiscoverThemesInput!) {
  discoverThemes(input: $input) {
    ...ThemeRunFields
  }
}
    fragment ThemeRunFields on ThemeRun {
  id
  status
  progress
  error
  message
  themeCount
  suggestionCount
}`) as unknown as TypedDocumentString<DiscoverThemesMutation, DiscoverThemesMutationVariables>;
export const ThemeRunDocument = new TypedDocumentString(`
    query ThemeRun($id: ID!) {
  themeRun(id: $id) {
    ...ThemeRunFields
  }
}
    fragment ThemeRunFields on ThemeRun {
  id
  status
  progress
  error
  message
  themeCount
  suggestionCount
}`) as unknown as TypedDocumentString<ThemeRunQuery, ThemeRunQueryVariables>;
export const AcceptThemeDocument = new TypedDocumentString(`
    mutation AcceptTheme($id: ID!) {
  acceptTheme(id: $id) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  label
  description
  keyphrases
  questionId
  sourceLabel
  unitCount
  pendingSuggestions
  acceptedSuggestions
  code {
    id
    name
    category
  }
  examples(first: 3) {
    id
    text
  }
}`) as unknown as TypedDocumentString<AcceptThemeMutation, AcceptThemeMutationVariables>;
export const UndoAcceptThemeDocument = new TypedDocumentString(`
    mutation UndoAcceptTheme($id: ID!) {
  undoAcceptTheme(id: $id) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  label
  description
  keyphrases
  questionId
  sourceLabel
  unitCount
  pendingSuggestions
  acceptedSuggestions
  code {
    id
    name
    category
  }
  examples(first: 3) {
    id
    text
  }
}`) as unknown as TypedDocumentString<UndoAcceptThemeMutation, UndoAcceptThemeMutationVariables>;
export const RenameThemeDocument = new TypedDocumentString(`
    mutation RenameTheme($id: ID!, $label: String!) {
  renameTheme(id: $id, label: $label) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  label
  description
  keyphrases
  questionId
  sourceLabel
  unitCount
  pendingSuggestions
  acceptedSuggestions
  code {
    id
    name
    category
  }
  examples(first: 3) {
    id
    text
  }
}`) as unknown as TypedDocumentString<RenameThemeMutation, RenameThemeMutationVariables>;
export const MergeThemesDocument = new TypedDocumentString(`
    mutation MergeThemes($sourceId: ID!, $targetId: ID!) {
  mergeThemes(sourceId: $sourceId, targetId: $targetId) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  label
  description
  keyphrases
  questionId
  sourceLabel
  unitCount
  pendingSuggestions
  acceptedSuggestions
  code {
    id
    name
    category
  }
  examples(first: 3) {
    id
    text
  }
}`) as unknown as TypedDocumentString<MergeThemesMutation, MergeThemesMutationVariables>;
export const DropThemeDocument = new TypedDocumentString(`
    mutation DropTheme($id: ID!) {
  dropTheme(id: $id)
}
    `) as unknown as TypedDocumentString<DropThemeMutation, DropThemeMutationVariables>;
export const WorkspaceMembersDocument = new TypedDocumentString(`
    query WorkspaceMembers($id: ID!) {
  emailEnabled
  workspace(id: $id) {
    id
    name
    myRole
    members {
      role
      user {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {
  addMember(workspaceId: $workspaceId, email: $email, role: $role) {
    role
    invitationLink
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
  setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
    role
  }
}
    `) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
  removeMember(workspaceId: $workspaceId, userId: $userId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const WorkspaceAuditLogDocument = new TypedDocumentString(`
    query WorkspaceAuditLog($id: ID!, $first: Int) {
  workspace(id: $id) {
    id
    auditLog(first: $first) {
      id
      action
      actor {
        id
        name
      }
      targetUser {
        id
        name
      }
      targetEmail
      roleBefore
      roleAfter
      at
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceAuditLogQuery, WorkspaceAuditLogQueryVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  workspaceInvitationPreview(token: $token) {
    workspaceName
    role
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationByTokenDocument = new TypedDocumentString(`
    mutation AcceptInvitationByToken($token: String!) {
  acceptInvitationByToken(token: $token) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationByTokenMutation, AcceptInvitationByTokenMutationVariables>;
export const LeaveWorkspaceDocument = new TypedDocumentString(`
    mutation LeaveWorkspace($workspaceId: ID!) {
  leaveWorkspace(workspaceId: $workspaceId)
}
    `) as unknown as TypedDocumentString<LeaveWorkspaceMutation, LeaveWorkspaceMutationVariables>;
export const MyInvitationsDocument = new TypedDocumentString(`
    query MyInvitations {
  myInvitations {
    id
    workspaceName
    role
    invitedByName
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($id: ID!) {
  acceptInvitation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = new TypedDocumentString(`
    mutation DeclineInvitation($id: ID!) {
  declineInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const WorkspaceInvitationsDocument = new TypedDocumentString(`
    query WorkspaceInvitations($id: ID!) {
  workspace(id: $id) {
    id
    invitations {
      id
      email
      role
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceInvitationsQuery, WorkspaceInvitationsQueryVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const WorkspaceStudiesDocument = new TypedDocumentString(`
    query WorkspaceStudies($id: ID!) {
  workspace(id: $id) {
    id
    name
    studies {
      id
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceStudiesQuery, WorkspaceStudiesQueryVariables>;
export const CreateStudyDocument = new TypedDocumentString(`
    mutation CreateStudy($input: CreateStudyInput!) {
  createStudy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateStudyMutation, CreateStudyMutationVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($name: String!) {
  createWorkspace(name: $name) {
    id
    name
    studies {
      id
    }
    members {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const SurveyWorkspaceDocument = new TypedDocumentString(`
    query SurveyWorkspace($id: ID!) {
  survey(id: $id) {
    id
    study {
      id
      workspace {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyWorkspaceQuery, SurveyWorkspaceQueryVariables>;
export const PersonaWorkspaceDocument = new TypedDocumentString(`
    query PersonaWorkspace($id: ID!) {
  persona(id: $id) {
    id
    study {
      id
      workspace {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonaWorkspaceQuery, PersonaWorkspaceQueryVariables>;
export const InterviewWorkspaceDocument = new TypedDocumentString(`
    query InterviewWorkspace($id: ID!) {
  interview(id: $id) {
    id
    study {
      id
      workspace {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InterviewWorkspaceQuery, InterviewWorkspaceQueryVariables>;
export const StudyWorkspaceDocument = new TypedDocumentString(`
    query StudyWorkspace($id: ID!) {
  study(id: $id) {
    id
    workspace {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StudyWorkspaceQuery, StudyWorkspaceQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    deviceToken
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
    deviceToken
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const WorkspaceListDocument = new TypedDocumentString(`
    query WorkspaceList {
  workspaces {
    id
    name
    studies {
      id
    }
    members {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceListQuery, WorkspaceListQueryVariables>;