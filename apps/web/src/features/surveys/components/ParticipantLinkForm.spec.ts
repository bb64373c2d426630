// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import ParticipantLinkForm from './ParticipantLinkForm.vue';

let api: ReturnType<typeof fakeGraphql>;

beforeEach(() => {
  api = fakeGraphql({
    ParticipantLink: ({ label }) =>
      label === 'forbidden'
        ? { error: { message: 'Your role cannot do this.', code: 'FORBIDDEN' } }
        : {
            participantLink: {
              label: label.trim(),
              path: `/s/team?participant=${label.trim()}&participant_sig=abc`,
            },
          },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ParticipantLinkForm', () => {
  it("asks the server to sign the participant's link and shows the full link", async () => {
    const wrapper = mount(ParticipantLinkForm, {
      props: { surveyId: 's1' },
      attachTo: document.body,
    });
    await wrapper.get('input').setValue(' P7 ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('ParticipantLink')).toEqual([{ surveyId: 's1', label: ' P7 ' }]);
    expect(
      (wrapper.get('[data-testid="participant-link"]').element as HTMLInputElement).value,
    ).toBe(`${window.location.origin}/s/team?participant=P7&participant_sig=abc`);
  });

  it('needs a label, and shows the server refusal', async () => {
    const wrapper = mount(ParticipantLinkForm, {
      props: { surveyId: 's1' },
      attachTo: document.body,
    });
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).toContain('Give the participant label');
    expect(api.calls('ParticipantLink')).toEqual([]);
    await wrapper.get('input').setValue('forbidden');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Your role cannot do this.');
    expect(wrapper.find('[data-testid="participant-link"]').exists()).toBe(false);
  });
});
