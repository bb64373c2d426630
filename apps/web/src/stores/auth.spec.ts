// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from './auth';

const KEY = 'persona-lab.session';
const olive = { id: 'u-1', email: 'olive@example.com', name: 'Olive' };
const ivy = { id: 'u-2', email: 'ivy@example.com', name: 'Ivy' };

/** A `me` answer the test releases when it wants, so another tab can act while it is in flight. */
function deferredMe(me: unknown): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      await gate;
      return new Response(JSON.stringify({ data: { me } }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return release;
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { token: string } | null;

beforeEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  localStorage.setItem(KEY, JSON.stringify({ token: 'olive-token', user: olive }));
  setActivePinia(createPinia());
});

describe('auth store and other tabs', () => {
  it('restore keeps a session another tab stored while it waited for the API', async () => {
    const auth = useAuthStore();
    const release = deferredMe(olive);
    const restoring = auth.restore();
    localStorage.setItem(KEY, JSON.stringify({ token: 'ivy-token', user: ivy }));
    release();

    expect(await restoring).toBe(true);
    expect(stored()?.token).toBe('ivy-token');
  });

  it('restore stores the refreshed user when the session is still its own', async () => {
    const auth = useAuthStore();
    const renamed = { ...olive, name: 'Olive Renamed' };
    const release = deferredMe(renamed);
    const restoring = auth.restore();
    release();

    expect(await restoring).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').user.name).toBe('Olive Renamed');
  });

  it('ending a session leaves a different session stored by another tab', () => {
    const auth = useAuthStore();
    localStorage.setItem(KEY, JSON.stringify({ token: 'ivy-token', user: ivy }));
    auth.clearSession();

    expect(auth.isSignedIn).toBe(false);
    expect(stored()?.token).toBe('ivy-token');
  });

  it('ending its own session removes it from storage', () => {
    const auth = useAuthStore();
    auth.clearSession();

    expect(stored()).toBeNull();
  });
});
