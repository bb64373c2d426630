// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SurveyActionBar from './SurveyActionBar.vue';

type Props = InstanceType<typeof SurveyActionBar>['$props'];
const base: Props = {
  status: 'DRAFT',
  dirty: false,
  hasUnpublishedChanges: false,
  canEdit: true,
  busy: null,
};
const bar = (props: Partial<Props>) => mount(SurveyActionBar, { props: { ...base, ...props } });
const button = (wrapper: ReturnType<typeof bar>, name: string) =>
  wrapper.findAll('button').find((b) => b.text() === name);
const primary = (wrapper: ReturnType<typeof bar>) =>
  wrapper.findAll('button.btn--primary').map((b) => b.text());

describe('SurveyActionBar', () => {
  it('a draft: Publish is the primary action, Save and Preview are there', () => {
    const wrapper = bar({});
    expect(primary(wrapper)).toEqual(['Publish']);
    expect(button(wrapper, 'Preview')).toBeDefined();
    expect(button(wrapper, 'Saved')?.attributes('disabled')).toBeDefined();
  });

  it('an open survey with nothing new: Publish changes is neither primary nor clickable', () => {
    const wrapper = bar({ status: 'OPEN' });
    expect(primary(wrapper)).toEqual([]);
    const publish = button(wrapper, 'Publish changes')!;
    expect(publish.classes()).toContain('btn--secondary');
    expect(publish.attributes('disabled')).toBeDefined();
    expect(button(wrapper, 'Close survey')).toBeDefined();
  });

  it('an open survey with saved but unpublished changes, or unsaved edits: Publish changes is primary', () => {
    expect(primary(bar({ status: 'OPEN', hasUnpublishedChanges: true }))).toEqual([
      'Publish changes',
    ]);
    const dirty = bar({ status: 'OPEN', dirty: true });
    expect(primary(dirty)).toEqual(['Publish changes']);
    expect(button(dirty, 'Save')?.attributes('disabled')).toBeUndefined();
  });

  it('a closed survey offers Reopen only once something changed', () => {
    expect(button(bar({ status: 'CLOSED' }), 'Reopen')).toBeUndefined();
    expect(primary(bar({ status: 'CLOSED', hasUnpublishedChanges: true }))).toEqual(['Reopen']);
  });

  it('viewers get Preview only', () => {
    const wrapper = bar({ canEdit: false, dirty: true });
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Preview']);
  });

  it('emits the action clicked', async () => {
    const wrapper = bar({ dirty: true });
    await button(wrapper, 'Save')!.trigger('click');
    await button(wrapper, 'Preview')!.trigger('click');
    await button(wrapper, 'Publish')!.trigger('click');
    expect(Object.keys(wrapper.emitted())).toEqual(
      expect.arrayContaining(['save', 'preview', 'publish']),
    );
  });
});
