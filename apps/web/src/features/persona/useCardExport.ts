import { ref } from 'vue';
import { ApiError } from '../../api/client';
import { downloadWithToken } from '../../api/download';
import { saveBlob } from '../../utils/links';
import { renderCardPng, type CardContent } from './cardCanvas';
import { fileSlug } from './personas';

/** Markdown (from the API, needs the token) and PNG (drawn in the browser) downloads. */
export function useCardExport() {
  const busy = ref<'markdown' | 'png' | null>(null);
  const error = ref('');

  async function run(kind: 'markdown' | 'png', action: () => Promise<void>): Promise<void> {
    busy.value = kind;
    error.value = '';
    try {
      await action();
    } catch (caught) {
      error.value =
        caught instanceof ApiError || caught instanceof Error
          ? caught.message
          : 'The download failed.';
    } finally {
      busy.value = null;
    }
  }

  const markdown = (personaId: string, name: string) =>
    run('markdown', () =>
      downloadWithToken(
        `/api/personas/${encodeURIComponent(personaId)}.md`,
        `${fileSlug(name)}.md`,
      ),
    );

  const png = (content: CardContent) =>
    run('png', async () => saveBlob(await renderCardPng(content), `${fileSlug(content.name)}.png`));

  return { busy, error, markdown, png };
}
