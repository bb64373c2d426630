// @vitest-environment jsdom
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import EmailSettings from './EmailSettings.vue';

const SETTINGS = [
  { kind: 'REVIEW_REQUESTED', email: true },
  { kind: 'CHANGES_REQUESTED', email: true },
  { kind: 'PERSONA_APPROVED', email: false },
  { kind: 'PERSONA_REJECTED', email: false },
  { kind: 'SYNTHESIS_FINISHED', email: false },
  { kind: 'MENTIONED', email: true },
  { kind: 'COMMENTED', email: false },
];

async function mountSettings() {
  const wrapper = mount(EmailSettings, { attachTo: document.body });
  await flushPromises();
  return wrapper;
}

const box = (wrapper: Awaited<ReturnType<typeof mountSettings>>, kind: string) =>
  wrapper.get<HTMLInputElement>(`[data-testid="email-${kind}"]`);

// Unmounted after each test, so no earlier poll or focus listener answers a later test.
enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('EmailSettings', () => {
  it('shows a labelled checkbox per kind with the stored choice, and saves a change', async () => {
    const api = fakeGraphql({
      AccountEmailSettings: () => ({ emailEnabled: true, notificationSettings: SETTINGS }),
      UpdateNotificationSettings: (v) => ({
        updateNotificationSettings: SETTINGS.map((s) =>
          s.kind === v.input[0].kind ? { ...s, email: v.input[0].email } : s,
        ),
      }),
    });
    const wrapper = await mountSettings();
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(7);
    expect(wrapper.get('label:has([data-testid="email-REVIEW_REQUESTED"])').text()).toBe(
      'Someone asks me to review a persona',
    );
    expect(box(wrapper, 'REVIEW_REQUESTED').element.checked).toBe(true);
    expect(box(wrapper, 'COMMENTED').element.checked).toBe(false);
    expect(wrapper.find('[role="note"]').exists()).toBe(false);

    await box(wrapper, 'COMMENTED').setValue(true);
    await flushPromises();
    expect(api.calls('UpdateNotificationSettings')).toEqual([
      { input: [{ kind: 'COMMENTED', email: true }] },
    ]);
    expect(box(wrapper, 'COMMENTED').element.checked).toBe(true);
    expect(wrapper.get('[role="status"]').text()).toContain('Saved');
  });

  it('puts a refused change back and says why', async () => {
    fakeGraphql({
      AccountEmailSettings: () => ({ emailEnabled: true, notificationSettings: SETTINGS }),
      UpdateNotificationSettings: () => ({
        error: { message: 'Each kind may appear once.', code: 'BAD_USER_INPUT' },
      }),
    });
    const wrapper = await mountSettings();
    await box(wrapper, 'MENTIONED').setValue(false);
    await flushPromises();
    expect(box(wrapper, 'MENTIONED').element.checked).toBe(true);
    expect(wrapper.get('[role="alert"]').text()).toContain('Each kind may appear once.');
  });

  it('disables every checkbox and says "Email is off on this server" when email is off', async () => {
    const api = fakeGraphql({
      AccountEmailSettings: () => ({ emailEnabled: false, notificationSettings: SETTINGS }),
    });
    const wrapper = await mountSettings();
    expect(wrapper.get('[role="note"]').text()).toContain('Email is off on this server');
    const boxes = wrapper.findAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes.every((b) => b.element.disabled)).toBe(true);
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('email-off');
    expect(api.calls('UpdateNotificationSettings')).toEqual([]);
  });

  it('shows a load error with Try again', async () => {
    let fail = true;
    fakeGraphql({
      AccountEmailSettings: () =>
        fail
          ? { error: { message: 'The database is busy.', code: 'INTERNAL_SERVER_ERROR' } }
          : { emailEnabled: true, notificationSettings: SETTINGS },
    });
    const wrapper = await mountSettings();
    expect(wrapper.get('[role="alert"]').text()).toContain('The database is busy.');
    fail = false;
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(7);
  });
});
