// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import ShareButton from './ShareButton.vue';

// The share dialog against a fake API: expiry choice, the new link shown once with Copy, the
// study's links with views and expiry, revoking after a confirmation, and errors in words.

const link = (over: Record<string, unknown> = {}) => ({
  id: 'l-1',
  scope: 'PERSONA',
  personaId: 'p-1',
  personaName: 'Morning Exporter',
  createdBy: { id: 'u-1', name: 'Ana' },
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: '2026-12-31T10:00:00.000Z',
  revokedAt: null,
  active: true,
  viewCount: 3,
  lastViewedAt: null,
  ...over,
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function open(
  props: { studyId: string; personaId?: string; personaName?: string } = {
    studyId: 's-1',
    personaId: 'p-1',
    personaName: 'Morning Exporter',
  },
) {
  const wrapper = mount(ShareButton, { props, attachTo: document.body });
  await wrapper.get('[data-testid="share-open"]').trigger('click');
  await flushPromises();
  const dialog = () => document.body.querySelector<HTMLElement>('[data-testid="share-dialog"]');
  return { wrapper, dialog };
}
const click = async (el: Element | null | undefined) => {
  (el as HTMLElement).click();
  await flushPromises();
};

describe('ShareDialog', () => {
  it('makes a link for the chosen expiry, shows it once with Copy, and lists it with the others', async () => {
    const api = fakeGraphql({
      ShareLinks: () => ({
        shareLinks: [
          link({ id: 'old', scope: 'STUDY', personaId: null, personaName: null, viewCount: 1 }),
        ],
      }),
      CreateShareLink: () => ({
        createShareLink: {
          url: 'https://personas.example/share/TOKEN',
          link: link({ id: 'new', viewCount: 0 }),
        },
      }),
    });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { dialog } = await open();

    expect(dialog()!.getAttribute('role')).toBe('dialog');
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Share “Morning Exporter”');
    expect(api.calls('ShareLinks')).toEqual([{ studyId: 's-1' }]);
    expect(dialog()!.textContent).toContain('All approved personas');
    expect(dialog()!.textContent).toContain('1 view');

    const select = dialog()!.querySelector('select')!;
    select.value = '90';
    select.dispatchEvent(new Event('change'));
    await click(dialog()!.querySelector('[data-testid="share-create"]'));
    expect(api.calls('CreateShareLink')).toEqual([
      { input: { personaId: 'p-1', expiresInDays: 90 } },
    ]);
    const url = dialog()!.querySelector<HTMLInputElement>('[data-testid="share-url"]')!;
    expect(url.value).toBe('https://personas.example/share/TOKEN');
    expect(url.readOnly).toBe(true);
    expect(document.querySelector('label[for="' + url.id + '"]')?.textContent).toBe('New link');

    await click(dialog()!.querySelector('[data-testid="share-copy"]'));
    expect(writeText).toHaveBeenCalledWith('https://personas.example/share/TOKEN');
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toBe('Link copied.');

    const rows = dialog()!.querySelectorAll('[data-testid="share-link-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Persona: Morning Exporter');
    expect(rows[0]!.textContent).toContain('0 views');
    expect(rows[0]!.textContent).toContain('by Ana');
  });

  it("shares the study's approved set when no persona is given", async () => {
    const api = fakeGraphql({
      ShareLinks: () => ({ shareLinks: [] }),
      CreateShareLink: () => ({
        createShareLink: {
          url: 'https://x/share/T',
          link: link({ scope: 'STUDY', personaId: null, personaName: null }),
        },
      }),
    });
    const { dialog } = await open({ studyId: 's-1' });
    expect(dialog()!.querySelector('h2')!.textContent).toBe("Share the study's approved personas");
    expect(dialog()!.querySelector('[data-testid="share-links-empty"]')).not.toBeNull();
    await click(dialog()!.querySelector('[data-testid="share-create"]'));
    expect(api.calls('CreateShareLink')).toEqual([
      { input: { studyId: 's-1', expiresInDays: 30 } },
    ]);
  });

  it('revokes a link only after confirming, and shows it revoked', async () => {
    const api = fakeGraphql({
      ShareLinks: () => ({ shareLinks: [link()] }),
      RevokeShareLink: () => ({
        revokeShareLink: link({ active: false, revokedAt: '2026-12-05T10:00:00.000Z' }),
      }),
    });
    const { dialog } = await open();
    await click(dialog()!.querySelector('[data-testid="share-revoke"]'));
    expect(api.calls('RevokeShareLink')).toEqual([]);
    const confirm = dialog()!.querySelector<HTMLElement>('[data-testid="share-revoke-confirm"]')!;
    expect(document.activeElement).toBe(confirm);
    await click(confirm);
    expect(api.calls('RevokeShareLink')).toEqual([{ id: 'l-1' }]);
    const row = dialog()!.querySelector('[data-testid="share-link-row"]')!;
    expect(row.textContent).toContain('Revoked');
    expect(row.querySelector('[data-testid="share-revoke"]')).toBeNull();
  });

  it("shows the server's sentence when a persona cannot be shared, and closes on Escape", async () => {
    fakeGraphql({
      ShareLinks: () => ({ shareLinks: [] }),
      CreateShareLink: () => ({
        error: { message: 'Only approved personas can be shared.', code: 'BAD_USER_INPUT' },
      }),
    });
    const { dialog } = await open();
    await click(dialog()!.querySelector('[data-testid="share-create"]'));
    expect(dialog()!.querySelector('[role="alert"]')!.textContent).toContain(
      'Only approved personas can be shared.',
    );
    expect(dialog()!.querySelector('[data-testid="share-url"]')).toBeNull();
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flushPromises();
    expect(dialog()).toBeNull();
  });
});
