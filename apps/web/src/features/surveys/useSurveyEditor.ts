import { ErrorCode } from '@persona-lab/errors';
import { validateDefinition } from '@persona-lab/survey-logic';
import { computed, ref, watch } from 'vue';
import { ApiError } from '../../api/client';
import { useQuery } from '../../composables/useQuery';
import {
  closeSurvey,
  loadSurvey,
  publishSurvey,
  updateSurvey,
  type EditorSurvey,
} from './api/survey-editor';
import { toDraft, toQuestionInput, type DraftQuestion, type SurveySettingsValue } from './draft';

type Meta = Pick<EditorSurvey, 'id' | 'slug' | 'status' | 'version' | 'hasUnpublishedChanges'>;

const asApiError = (error: unknown) =>
  error instanceof ApiError
    ? error
    : new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong. Please try again.');

/**
 * The builder's state: the loaded survey, the draft being edited, the
 * survey-logic checks of that draft, and save / publish / close.
 */
export function useSurveyEditor(surveyId: () => string) {
  const query = useQuery((signal) => loadSurvey(surveyId(), signal), [surveyId]);
  const meta = ref<Meta | null>(null);
  const title = ref('');
  const description = ref('');
  const questions = ref<DraftQuestion[]>([]);
  const settings = ref<SurveySettingsValue>({
    anonymous: false,
    closesAt: null,
    responseLimit: null,
    oneQuestionPerScreen: true,
  });
  const saved = ref('');
  const busy = ref<'save' | 'publish' | 'close' | null>(null);
  const error = ref<ApiError | null>(null);
  const notice = ref('');
  /** A question the server named in its last error, with its message. */
  const serverIssue = ref<{ questionId: string; message: string } | null>(null);

  const snapshot = () =>
    JSON.stringify([title.value.trim(), description.value.trim(), questions.value, settings.value]);
  const dirty = computed(() => meta.value !== null && snapshot() !== saved.value);

  watch(query.data, (survey) => {
    if (!survey) return;
    meta.value = survey;
    title.value = survey.title;
    description.value = survey.description ?? '';
    questions.value = survey.questions.map(toDraft);
    settings.value = {
      anonymous: survey.anonymous,
      closesAt: survey.closesAt ?? null,
      responseLimit: survey.responseLimit ?? null,
      oneQuestionPerScreen: survey.oneQuestionPerScreen,
    };
    saved.value = snapshot();
  });

  const validation = computed(() => validateDefinition({ questions: questions.value }));
  /** Messages per question id, for the question cards; the server's last word included. */
  const issues = computed(() => {
    const byQuestion = new Map<string, string[]>();
    const general: string[] = [];
    const add = (questionId: string | undefined, message: string) => {
      if (!questionId) return void general.push(message);
      byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), message]);
    };
    if (!validation.value.ok) for (const i of validation.value.issues) add(i.questionId, i.message);
    const fromServer = serverIssue.value;
    if (fromServer && !byQuestion.get(fromServer.questionId)?.includes(fromServer.message)) {
      add(fromServer.questionId, fromServer.message);
    }
    return { byQuestion, general, count: validation.value.ok ? 0 : validation.value.issues.length };
  });
  const titleError = computed(() => (title.value.trim() ? '' : 'Give the survey a title.'));

  async function run(kind: 'save' | 'publish' | 'close', action: () => Promise<void>) {
    busy.value = kind;
    error.value = null;
    notice.value = '';
    try {
      await action();
      return true;
    } catch (caught) {
      error.value = asApiError(caught);
      const { questionId, message } = error.value;
      serverIssue.value = questionId ? { questionId, message } : null;
      return false;
    } finally {
      busy.value = null;
    }
  }

  /** Saves the draft; refuses (with a message) while survey-logic still finds problems. */
  async function save(): Promise<boolean> {
    if (!meta.value) return false;
    // An empty draft is fine to save; anything else must pass the same checks the server runs.
    const blocked = titleError.value || (questions.value.length > 0 && issues.value.count > 0);
    if (blocked) {
      error.value = new ApiError(
        ErrorCode.BAD_USER_INPUT,
        titleError.value ||
          `Fix the ${issues.value.count === 1 ? 'problem' : `${issues.value.count} problems`} marked below, then save again.`,
      );
      return false;
    }
    const id = meta.value.id;
    const state = snapshot();
    return run('save', async () => {
      const result = await updateSurvey(id, {
        title: title.value.trim(),
        description: description.value.trim() || null,
        questions: questions.value.map(toQuestionInput),
        ...settings.value,
      });
      meta.value = { ...meta.value!, ...result };
      saved.value = state;
      serverIssue.value = null;
      notice.value = 'Saved.';
    });
  }

  async function publish(): Promise<boolean> {
    if (!meta.value || (dirty.value && !(await save()))) return false;
    const id = meta.value.id;
    return run('publish', async () => {
      const result = await publishSurvey(id);
      meta.value = { ...meta.value!, ...result };
      serverIssue.value = null;
      notice.value = `Published. Version ${result.version} is live.`;
    });
  }

  async function close(): Promise<boolean> {
    if (!meta.value) return false;
    const id = meta.value.id;
    return run('close', async () => {
      const result = await closeSurvey(id);
      meta.value = { ...meta.value!, ...result };
      notice.value = 'Closed. The survey no longer takes responses.';
    });
  }

  return {
    survey: query.data,
    loading: query.loading,
    loadError: query.error,
    reload: query.reload,
    meta,
    title,
    description,
    questions,
    settings,
    dirty,
    issues,
    titleError,
    busy,
    error,
    notice,
    save,
    publish,
    close,
  };
}
