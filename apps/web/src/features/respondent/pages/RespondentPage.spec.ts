// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import RespondentPage from './RespondentPage.vue';

const STORAGE_KEY = 'persona-lab.response.team-survey';

const questions = [
  {
    id: 'uses',
    type: 'SINGLE_CHOICE',
    title: 'Do you use the app at work?',
    required: true,
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
    personaField: 'BEHAVIOR',
  },
  {
    id: 'how-often',
    type: 'SHORT_TEXT',
    title: 'How often do you use it?',
    required: false,
    showIf: { questionId: 'uses', operator: 'EQUALS', value: 'yes' },
    personaField: 'BEHAVIOR',
  },
  {
    id: 'email',
    type: 'EMAIL',
    title: 'Your work email',
    required: true,
    personaField: 'NONE',
  },
];

interface Sent {
  clientResponseId: string;
  complete: boolean;
  answers: { questionId: string; value: unknown }[];
  hiddenFields: unknown;
}

let sent: Sent[];
let fetchMock: ReturnType<typeof vi.fn>;

type SubmitReply = (input: Sent) => Response | Promise<Response> | undefined;

const graphqlError = (message: string, extensions: Record<string, unknown>) =>
  new Response(JSON.stringify({ data: null, errors: [{ message, extensions }] }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

function stubApi(oneQuestionPerScreen: boolean, onSubmit?: SubmitReply) {
  sent = [];
  fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: any };
    if (onSubmit && body.query.includes('mutation SubmitResponse')) {
      const reply = await onSubmit(body.variables.input);
      if (reply) return reply;
    }
    const data = body.query.includes('query PublicSurvey')
      ? {
          publicSurvey: {
            title: 'Team survey',
            description: 'Five minutes, promise.',
            version: 1,
            oneQuestionPerScreen,
            questions,
          },
        }
      : (sent.push(body.variables.input),
        { submitResponse: { responseId: 'r-1', complete: body.variables.input.complete } });
    return new Response(JSON.stringify({ data }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
}

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/s/:slug', component: RespondentPage, props: true }],
  });
  await router.push('/s/team-survey?source=newsletter&participant=P3');
  await router.isReady();
  const wrapper = mount(RespondentPage, {
    props: { slug: 'team-survey' },
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountPage>>;

const titles = (wrapper: Wrapper) =>
  wrapper.findAll('[data-question-title]').map((t) => t.text().replace(/\s*\*.*$/s, ''));

async function choose(wrapper: Wrapper, label: string) {
  const option = wrapper.findAll('label').find((l) => l.text() === label);
  await option!.get('input').setValue(true);
}

async function next(wrapper: Wrapper) {
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('RespondentPage', () => {
  it('shows and hides a question as the answer it depends on changes', async () => {
    stubApi(false);
    const wrapper = await mountPage();
    expect(titles(wrapper)).toEqual(['Do you use the app at work?', 'Your work email']);

    await choose(wrapper, 'Yes');
    expect(titles(wrapper)).toEqual([
      'Do you use the app at work?',
      'How often do you use it?',
      'Your work email',
    ]);

    await choose(wrapper, 'No');
    expect(titles(wrapper)).not.toContain('How often do you use it?');
    wrapper.unmount();
  });

  it('refuses to go on with an invalid answer and says why', async () => {
    stubApi(true);
    const wrapper = await mountPage();
    await choose(wrapper, 'No');
    await next(wrapper);
    expect(titles(wrapper)).toEqual(['Your work email']);

    await wrapper.get('input[type="email"]').setValue('not-an-email');
    await next(wrapper);

    const input = wrapper.get('input[type="email"]');
    expect(input.attributes('aria-invalid')).toBe('true');
    const describedBy = input.attributes('aria-describedby')!.split(' ');
    const message = describedBy.map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(message).toContain('Enter a valid email address');
    expect(document.getElementById(describedBy[0])?.getAttribute('aria-live')).toBe('polite');
    expect(sent.some((s) => s.complete)).toBe(false);
    expect(wrapper.text()).not.toContain('Thank you');
    wrapper.unmount();
  });

  it('keeps the same clientResponseId after a remount and resumes at the first unanswered question', async () => {
    stubApi(true);
    const first = await mountPage();
    await choose(first, 'No');
    await next(first);
    const id = sent[0].clientResponseId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    first.unmount();

    const second = await mountPage();
    expect(titles(second)).toEqual(['Your work email']);
    await second.get('input[type="email"]').setValue('ada@example.com');
    await next(second);

    expect(sent.at(-1)!.clientResponseId).toBe(id);
    expect(sent.at(-1)!.answers).toEqual([
      { questionId: 'uses', value: 'no' },
      { questionId: 'email', value: 'ada@example.com' },
    ]);
    second.unmount();
  });

  it('saves partial answers with complete:false, then submits with complete:true', async () => {
    stubApi(true);
    const wrapper = await mountPage();
    await choose(wrapper, 'Yes');
    await next(wrapper);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      complete: false,
      answers: [{ questionId: 'uses', value: 'yes' }],
      hiddenFields: { source: 'newsletter', participant: 'P3' },
    });

    vi.useFakeTimers();
    await wrapper.get('input[type="text"]').setValue('Daily');
    await vi.advanceTimersByTimeAsync(900);
    vi.useRealTimers();
    await flushPromises();
    expect(sent).toHaveLength(2);
    expect(sent[1].complete).toBe(false);
    expect(sent[1].answers).toContainEqual({ questionId: 'how-often', value: 'Daily' });

    await next(wrapper);
    await wrapper.get('input[type="email"]').setValue('ada@example.com');
    await next(wrapper);

    const last = sent.at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.clientResponseId).toBe(sent[0].clientResponseId);
    expect(last.answers).toEqual([
      { questionId: 'uses', value: 'yes' },
      { questionId: 'how-often', value: 'Daily' },
      { questionId: 'email', value: 'ada@example.com' },
    ]);
    expect(sent.slice(0, -1).every((s) => !s.complete)).toBe(true);
    expect(wrapper.text()).toContain('Thank you');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    wrapper.unmount();
  });

  it('shows a closed screen when the server says the survey no longer takes responses', async () => {
    stubApi(true, (input) =>
      input.complete
        ? graphqlError('This survey is closed and no longer takes responses.', { code: 'CONFLICT' })
        : undefined,
    );
    const wrapper = await mountPage();
    await choose(wrapper, 'No');
    await next(wrapper);
    await wrapper.get('input[type="email"]').setValue('ada@example.com');
    await next(wrapper);

    expect(wrapper.get('h1').text()).toBe('This survey is closed');
    expect(wrapper.text()).toContain('no longer takes responses');
    wrapper.unmount();
  });

  it('jumps to the question the server refused and shows its message', async () => {
    stubApi(true, (input) =>
      input.complete
        ? graphqlError('This address is on a blocked list.', {
            code: 'BAD_USER_INPUT',
            questionId: 'email',
          })
        : undefined,
    );
    const wrapper = await mountPage();
    await choose(wrapper, 'No');
    await next(wrapper);
    await wrapper.get('input[type="email"]').setValue('ada@example.com');
    await next(wrapper);

    expect(titles(wrapper)).toEqual(['Your work email']);
    expect(wrapper.text()).toContain('This address is on a blocked list.');
    expect(document.activeElement).toBe(wrapper.get('input[type="email"]').element);
    wrapper.unmount();
  });

  it('keeps the answers when the network fails and sends them again on retry', async () => {
    let offline = true;
    stubApi(true, (input) => {
      if (input.complete && offline) throw new TypeError('Failed to fetch');
      return undefined;
    });
    const wrapper = await mountPage();
    await choose(wrapper, 'No');
    await next(wrapper);
    await wrapper.get('input[type="email"]').setValue('ada@example.com');
    await next(wrapper);

    expect(wrapper.get('[role="alert"]').text()).toContain('We could not send your answers');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).answers).toEqual({
      uses: 'no',
      email: 'ada@example.com',
    });

    offline = false;
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(sent.at(-1)!.complete).toBe(true);
    expect(wrapper.text()).toContain('Thank you');
    wrapper.unmount();
  });
});
