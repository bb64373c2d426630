import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { ThemeFieldsFragment, ThemeRunFieldsFragment } from '../../../gql/graphql';

export type ThemeItem = ThemeFieldsFragment;
export type ThemeRunItem = ThemeRunFieldsFragment;

/** What a theme card asks its list to do. */
export type ThemeAction =
  | { kind: 'accept'; theme: ThemeItem }
  | { kind: 'rename'; theme: ThemeItem; label: string }
  | { kind: 'merge'; theme: ThemeItem; target: ThemeItem }
  | { kind: 'drop'; theme: ThemeItem };

export const ThemeFieldsFragmentDoc = graphql(`
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
`);

export const ThemeRunFieldsFragmentDoc = graphql(`
  fragment ThemeRunFields on ThemeRun {
    id
    status
    progress
    error
    message
    themeCount
    suggestionCount
  }
`);

const ThemesQueryDocument = graphql(`
  query StudyThemes($studyId: ID!) {
    themes(studyId: $studyId) {
      ...ThemeFields
    }
  }
`);

const ThemeQuestionsQueryDocument = graphql(`
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
`);

const DiscoverThemesMutation = graphql(`
  mutation DiscoverThemes($input: DiscoverThemesInput!) {
    discoverThemes(input: $input) {
      ...ThemeRunFields
    }
  }
`);

const ThemeRunQueryDocument = graphql(`
  query ThemeRun($id: ID!) {
    themeRun(id: $id) {
      ...ThemeRunFields
    }
  }
`);

const AcceptThemeMutation = graphql(`
  mutation AcceptTheme($id: ID!) {
    acceptTheme(id: $id) {
      ...ThemeFields
    }
  }
`);

const UndoAcceptThemeMutation = graphql(`
  mutation UndoAcceptTheme($id: ID!) {
    undoAcceptTheme(id: $id) {
      ...ThemeFields
    }
  }
`);

const RenameThemeMutation = graphql(`
  mutation RenameTheme($id: ID!, $label: String!) {
    renameTheme(id: $id, label: $label) {
      ...ThemeFields
    }
  }
`);

const MergeThemesMutation = graphql(`
  mutation MergeThemes($sourceId: ID!, $targetId: ID!) {
    mergeThemes(sourceId: $sourceId, targetId: $targetId) {
      ...ThemeFields
    }
  }
`);

const DropThemeMutation = graphql(`
  mutation DropTheme($id: ID!) {
    dropTheme(id: $id)
  }
`);

const OPEN_TEXT = new Set(['SHORT_TEXT', 'LONG_TEXT']);

export async function loadThemes(studyId: string, signal?: AbortSignal): Promise<ThemeItem[]> {
  return (await gqlRequest(ThemesQueryDocument, { studyId }, { signal })).themes;
}

/** The study's open-text questions, with their survey's title, in survey order. */
export async function openTextQuestions(studyId: string, signal?: AbortSignal) {
  const { study } = await gqlRequest(ThemeQuestionsQueryDocument, { id: studyId }, { signal });
  return (study?.surveys ?? []).flatMap((survey) =>
    survey.questions
      .filter((q) => OPEN_TEXT.has(q.type))
      .map((q) => ({ id: q.id, title: q.title, survey: survey.title })),
  );
}

export async function discoverThemes(
  studyId: string,
  questionIds: string[] | null,
  includeTranscripts: boolean,
): Promise<ThemeRunItem> {
  return (
    await gqlRequest(DiscoverThemesMutation, {
      input: { studyId, questionIds, includeTranscripts },
    })
  ).discoverThemes;
}

export async function themeRun(id: string): Promise<ThemeRunItem | null> {
  return (await gqlRequest(ThemeRunQueryDocument, { id })).themeRun ?? null;
}

export async function acceptTheme(id: string): Promise<ThemeItem> {
  return (await gqlRequest(AcceptThemeMutation, { id })).acceptTheme;
}

export async function undoAcceptTheme(id: string): Promise<ThemeItem> {
  return (await gqlRequest(UndoAcceptThemeMutation, { id })).undoAcceptTheme;
}

export async function renameTheme(id: string, label: string): Promise<ThemeItem> {
  return (await gqlRequest(RenameThemeMutation, { id, label })).renameTheme;
}

export async function mergeThemes(sourceId: string, targetId: string): Promise<ThemeItem> {
  return (await gqlRequest(MergeThemesMutation, { sourceId, targetId })).mergeThemes;
}

export async function dropTheme(id: string): Promise<void> {
  await gqlRequest(DropThemeMutation, { id });
}
