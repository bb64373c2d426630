import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { configureClient } from '../api/client';
import { useAuthStore } from '../stores/auth';

/**
 * Wires the API client to the session: it sends the signed-in token, and a
 * rejected token (the stored session is stale) ends the session and sends a
 * signed-in page to /login. The only place that connects client, store and router.
 */
export function installApiSession({ pinia, router }: { pinia: Pinia; router: Router }): void {
  const auth = useAuthStore(pinia);
  configureClient({
    getToken: () => auth.token,
    onUnauthenticated: () => {
      auth.clearSession();
      const current = router.currentRoute.value;
      if (current.meta.public) return;
      void router.push({ name: 'login', query: { redirect: current.fullPath } });
    },
  });
}
