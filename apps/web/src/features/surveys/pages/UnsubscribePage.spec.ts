// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import UnsubscribePage from './UnsubscribePage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('UnsubscribePage', () => {
  it('unsubscribes only after the confirm button, then says it is done', async () => {
    const api = fakeGraphql({ UnsubscribeFromSurvey: () => ({ unsubscribeFromSurvey: true }) });
    const wrapper = mount(UnsubscribePage, { props: { token: 'u-123' }, attachTo: document.body });
    await flushPromises();
    expect(api.calls('UnsubscribeFromSurvey')).toEqual([]);
    expect(wrapper.get('h1').text()).toBe('Stop mail about this survey?');
    await wrapper.get('[data-testid="confirm-unsubscribe"]').trigger('click');
    await flushPromises();
    expect(api.calls('UnsubscribeFromSurvey')).toEqual([{ token: 'u-123' }]);
    expect(wrapper.get('h1').text()).toBe('You are unsubscribed');
    expect(wrapper.get('[role="status"]').text()).toContain(
      'no more invitations or reminders about this survey',
    );
    expect(wrapper.find('[data-testid="confirm-unsubscribe"]').exists()).toBe(false);
  });

  it('says when the link is unknown, and shows a refusal (too many requests) with the button kept', async () => {
    fakeGraphql({ UnsubscribeFromSurvey: () => ({ unsubscribeFromSurvey: false }) });
    const wrapper = mount(UnsubscribePage, { props: { token: 'nope' }, attachTo: document.body });
    await wrapper.get('[data-testid="confirm-unsubscribe"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('This link is not valid');
    vi.unstubAllGlobals();
    fakeGraphql({
      UnsubscribeFromSurvey: () => ({
        error: {
          message: 'Too many requests from your network. Wait a minute and try again.',
          code: 'TOO_MANY_REQUESTS',
        },
      }),
    });
    const again = mount(UnsubscribePage, { props: { token: 'u-1' }, attachTo: document.body });
    await again.get('[data-testid="confirm-unsubscribe"]').trigger('click');
    await flushPromises();
    expect(again.get('[role="alert"]').text()).toBe(
      'Too many requests from your network. Wait a minute and try again.',
    );
    expect(again.find('[data-testid="confirm-unsubscribe"]').exists()).toBe(true);
  });
});
