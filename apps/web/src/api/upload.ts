import { ApiError, authHeader } from './client';

/**
 * Streams a file to one of the API's upload endpoints with XMLHttpRequest (fetch has no upload
 * progress). Resolves when the server answers 2xx; rejects with the server's own sentence and code,
 * or a sentence about the connection.
 */
export function uploadFile(
  url: string,
  file: File,
  contentType: string,
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', contentType);
    for (const [k, v] of Object.entries(authHeader())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      let message = 'The import failed. Try again.';
      let code = 'INTERNAL_SERVER_ERROR';
      try {
        const body = JSON.parse(xhr.responseText) as { error?: { code: string; message: string } };
        if (body.error) ({ message, code } = body.error);
      } catch {
        /* not JSON: keep the general sentence */
      }
      reject(new ApiError(code as never, message));
    };
    xhr.onerror = () =>
      reject(
        new ApiError(
          'NETWORK_ERROR',
          'The upload could not reach the server. Check your connection and try again.',
        ),
      );
    xhr.send(file);
  });
}

/**
 * The file's SHA-256 as hex, for an upload endpoint to refuse a file it already has before the
 * body is sent; null where the browser offers no Web Crypto (a page served over plain HTTP from
 * another host) — the server then finds the duplicate at the end of the upload.
 */
export async function fileSha256(file: Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
