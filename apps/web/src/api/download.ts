import { ErrorCode } from '@persona-lab/errors';
import { saveBlob } from '../utils/links';
import { useAuthStore } from '../stores/auth';
import { ApiError, NETWORK_ERROR_MESSAGE } from './client';

/**
 * Downloads a file from a REST endpoint that needs the bearer token (a plain
 * link could not send it): fetches it, then saves the blob.
 */
export async function downloadWithToken(path: string, fallbackName: string): Promise<void> {
  const { token } = useAuthStore();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError('NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      message?: unknown;
      errors?: { message?: unknown }[];
      error?: { message?: unknown };
    } | null;
    // REST endpoints answer `{ error: { code, message } }` (the API's HttpErrorFilter).
    const message = body?.error?.message ?? body?.errors?.[0]?.message ?? body?.message;
    const code =
      response.status === 400
        ? ErrorCode.BAD_USER_INPUT
        : response.status === 401
          ? ErrorCode.UNAUTHENTICATED
          : response.status === 403
            ? ErrorCode.FORBIDDEN
            : response.status === 404
              ? ErrorCode.NOT_FOUND
              : ErrorCode.INTERNAL_SERVER_ERROR;
    throw new ApiError(
      code,
      typeof message === 'string' && message ? message : 'The export could not be downloaded.',
    );
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  saveBlob(await response.blob(), filename);
}
