import { ErrorCode } from '@persona-lab/errors';
import { computed, onScopeDispose, ref } from 'vue';
import { ApiError } from '../../api/client';
import { answersToSend } from './answers';
import { submitResponse } from './api/public-survey';
import type { Answers, FormSurvey } from './types';

export interface ResponseSyncOptions {
  slug: string;
  invitationToken: string | null;
  hiddenFields: Record<string, string> | null;
  survey: () => FormSurvey | null;
  answers: () => Answers;
  clientResponseId: () => string;
  /** The survey closed or the invitation was used up (CONFLICT). */
  onClosed: (message: string) => void;
  /** The server refused one answer (BAD_USER_INPUT with a questionId). */
  onQuestionError: (questionId: string, message: string) => void;
  /** The server already holds this response as complete (e.g. sent from another tab). */
  onCompleted: () => void;
}

/** How long after the last change a partial response is saved. */
export const SAVE_DELAY_MS = 800;

const NOT_SENT =
  'We could not send your answers. They are kept on this device: check your connection and try again.';

/**
 * Sends a respondent's answers: partial saves (`complete: false`) shortly
 * after each change and on Next, then the final submission. Requests go out
 * one at a time, so a slow partial save can never land after the final one.
 */
export function useResponseSync(options: ResponseSyncOptions) {
  const state = ref<'idle' | 'saving' | 'saved' | 'offline' | 'failed'>('idle');
  const submitting = ref(false);
  const submitError = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** The answers of the last partial save the server took, to skip saving the same again. */
  let lastSaved: string | null = null;

  function send(complete: boolean): Promise<boolean> {
    const run = async () => {
      const survey = options.survey();
      if (!survey) return false;
      const answers = answersToSend(survey, options.answers(), { partial: !complete });
      const key = JSON.stringify(answers);
      // Nothing new to save; and an empty partial response would only count as an empty response.
      if (!complete && (key === lastSaved || (answers.length === 0 && lastSaved === null))) {
        return false;
      }
      const result = await submitResponse({
        slug: options.slug,
        invitationToken: options.invitationToken,
        clientResponseId: options.clientResponseId(),
        answers,
        complete,
        hiddenFields: options.hiddenFields,
      });
      if (!complete) lastSaved = key;
      return result;
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  function fail(error: unknown, complete: boolean) {
    const apiError = error instanceof ApiError ? error : null;
    if (apiError?.code === ErrorCode.CONFLICT) return options.onClosed(apiError.message);
    if (apiError?.code === ErrorCode.BAD_USER_INPUT && apiError.questionId) {
      state.value = 'idle';
      return options.onQuestionError(apiError.questionId, apiError.message);
    }
    const offline = !apiError || apiError.code === 'NETWORK_ERROR';
    if (complete) submitError.value = offline ? NOT_SENT : apiError.message;
    else state.value = offline ? 'offline' : 'failed';
  }

  function cancel() {
    clearTimeout(timer);
    timer = undefined;
  }

  async function saveNow() {
    cancel();
    if (submitting.value) return;
    state.value = 'saving';
    try {
      const complete = await send(false);
      state.value = lastSaved === null ? 'idle' : 'saved';
      if (complete) options.onCompleted();
    } catch (error) {
      fail(error, false);
    }
  }

  function schedule() {
    cancel();
    timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  }

  async function submit(): Promise<boolean> {
    cancel();
    submitting.value = true;
    submitError.value = '';
    try {
      await send(true);
      return true;
    } catch (error) {
      fail(error, true);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  // Leaving the tab sends what is pending now; coming back online retries a failed save.
  const onHide = () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) void saveNow();
  };
  const onOnline = () => {
    if (state.value === 'offline') void saveNow();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('online', onOnline);
  onScopeDispose(() => {
    cancel();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('online', onOnline);
  });

  const statusText = computed(
    () =>
      ({
        idle: '',
        saving: 'Saving…',
        saved: 'Progress saved.',
        offline: 'You seem to be offline. Your answers are kept on this device.',
        failed: 'Your progress could not be saved just now. Your answers are kept on this device.',
      })[state.value],
  );
  const problem = computed(() => state.value === 'offline' || state.value === 'failed');

  return { statusText, problem, submitting, submitError, schedule, saveNow, cancel, submit };
}
