import { fileSha256, uploadFile } from '../../../api/upload';
import { graphql } from '../../../gql';

export const FeedbackImportsQuery = graphql(`
  query FeedbackImports($studyId: ID!) {
    feedbackImports(studyId: $studyId) {
      id
      kind
      format
      fileName
      status
      bytesTotal
      bytesRead
      rowsRead
      conversationCount
      messageCount
      emptyDropped
      datesUnparsed
      warnings
      error
      createdAt
    }
  }
`);

export const FeedbackConversationsQuery = graphql(`
  query FeedbackConversations($studyId: ID!, $kind: FeedbackKind, $offset: Int, $limit: Int) {
    feedbackConversations(studyId: $studyId, kind: $kind, offset: $offset, limit: $limit) {
      total
      items {
        id
        kind
        title
        rating
        createdAt
        customerLabel
        messageCount
      }
    }
  }
`);

export const FeedbackConversationQuery = graphql(`
  query FeedbackConversation($id: ID!) {
    feedbackConversation(id: $id) {
      id
      studyId
      kind
      title
      rating
      createdAt
      customerLabel
      messages {
        id
        index
        role
        text
        sentAt
      }
    }
  }
`);

export const PreviewFeedbackImportMutation = graphql(`
  mutation PreviewFeedbackImport($studyId: ID!, $kind: FeedbackKind!, $sample: String!, $mapping: [FeedbackColumnInput!]) {
    previewFeedbackImport(studyId: $studyId, kind: $kind, sample: $sample, mapping: $mapping) {
      format
      dayOrder
      rows
      conversations
      messages
      emptyDropped
      datesUnparsed
      warnings
      columns {
        index
        header
        field
        samples
      }
    }
  }
`);

export const DeleteFeedbackImportMutation = graphql(`
  mutation DeleteFeedbackImport($id: ID!) {
    deleteFeedbackImport(id: $id)
  }
`);

/** Characters of the file's head the preview reads (~200 KB). */
export const SAMPLE_CHARS = 200 * 1024;

/**
 * Streams the file to `POST /api/studies/:id/feedback-imports` (XMLHttpRequest, for upload
 * progress) with its SHA-256. Resolves when the server has stored it; rejects with the server's
 * sentence (CONFLICT at once for a file the study already has).
 */
export async function uploadFeedback(
  studyId: string,
  file: File,
  kind: string,
  mapping: { header: string; field: string }[],
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  const qs = new URLSearchParams({ kind, fileName: file.name, mapping: JSON.stringify(mapping) });
  // The server refuses a file the study already has from its hash, before the body is sent.
  const sha256 = await fileSha256(file);
  if (sha256) qs.set('sha256', sha256);
  return uploadFile(
    `/api/studies/${encodeURIComponent(studyId)}/feedback-imports?${qs}`,
    file,
    'application/octet-stream',
    onProgress,
  );
}
