import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { gqlRequest } from '../api/client';
import { graphql } from '../gql';
import type { LogInInput, SignUpInput } from '../gql/graphql';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

interface StoredSession {
  token: string;
  user: SessionUser | null;
}

const STORAGE_KEY = 'persona-lab.session';
/** Device tokens by account email: they outlive sign-out, so strangers' guesses never lock this browser out. */
const DEVICES_KEY = 'persona-lab.devices';

function deviceTokens(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DEVICES_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function rememberDevice(email: string, deviceToken: string): void {
  try {
    localStorage.setItem(
      DEVICES_KEY,
      JSON.stringify({ ...deviceTokens(), [email.trim().toLowerCase()]: deviceToken }),
    );
  } catch {
    // Private mode may refuse writes; this browser then counts as a new device next time.
  }
}

const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
    }
  }
`);

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      deviceToken
      user {
        id
        email
        name
      }
    }
  }
`);

const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      deviceToken
      user {
        id
        email
        name
      }
    }
  }
`);

const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

function readStoredSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as StoredSession) : null;
    return parsed && typeof parsed.token === 'string' ? parsed : null;
  } catch {
    // Storage can be disabled or hold garbage; either way there is no session.
    return null;
  }
}

export const useAuthStore = defineStore('auth', () => {
  const stored = readStoredSession();
  const token = ref<string | null>(stored?.token ?? null);
  const user = ref<SessionUser | null>(stored?.user ?? null);
  const isSignedIn = computed(() => token.value !== null);

  function persist(): void {
    try {
      if (token.value)
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ token: token.value, user: user.value }));
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Private mode may refuse writes; the session then lasts for this tab only.
    }
  }

  function setSession(nextToken: string, nextUser: SessionUser): void {
    token.value = nextToken;
    user.value = nextUser;
    persist();
  }

  /**
   * Ends this tab's session. The stored session goes only if it is still this tab's: another tab
   * may have signed in as someone else meanwhile, and that session stays.
   */
  function clearSession(): void {
    const own = token.value !== null && readStoredSession()?.token === token.value;
    token.value = null;
    user.value = null;
    if (own) persist();
  }

  /** Refreshes the stored user from the API; false when the token no longer names anyone. */
  async function restore(): Promise<boolean> {
    if (!token.value) return false;
    const { me } = await gqlRequest(MeQuery, {});
    if (!me) {
      clearSession();
      return false;
    }
    user.value = me;
    // The answer can arrive after another tab (or a test) stored a different session: keep that one.
    if (readStoredSession()?.token === token.value) persist();
    return true;
  }

  async function signUp(input: SignUpInput): Promise<void> {
    const { signUp } = await gqlRequest(SignUpMutation, { input }, { anonymous: true });
    rememberDevice(signUp.user.email, signUp.deviceToken);
    setSession(signUp.token, signUp.user);
  }

  async function logIn(input: LogInInput): Promise<void> {
    const deviceToken = deviceTokens()[input.email.trim().toLowerCase()] ?? null;
    const { logIn } = await gqlRequest(
      LogInMutation,
      { input: { ...input, deviceToken } },
      { anonymous: true },
    );
    rememberDevice(logIn.user.email, logIn.deviceToken);
    setSession(logIn.token, logIn.user);
  }

  /** Revokes the token on the server (best effort: offline, the local session still ends). */
  async function logOut(): Promise<void> {
    if (token.value) await gqlRequest(LogOutMutation, {}).catch(() => undefined);
    clearSession();
  }

  return { token, user, isSignedIn, setSession, clearSession, restore, signUp, logIn, logOut };
});
