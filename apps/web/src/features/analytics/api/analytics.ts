import { uploadFile } from '../../../api/upload';
import { graphql } from '../../../gql';

export const StudyAnalyticsImportsQuery = graphql(`
  query StudyAnalyticsImports($id: ID!) {
    study(id: $id) {
      id
      analyticsImports {
        id
        kind
        fileName
        status
        bytesRead
        rowsRead
        rowsSkipped
        events
        users
        linked
        unlinked
        features
        error
        createdAt
      }
    }
  }
`);

export const PreviewAnalyticsCsvQuery = graphql(`
  query PreviewAnalyticsCsv($studyId: ID!, $sample: String!, $whole: Boolean) {
    previewAnalyticsCsv(studyId: $studyId, sample: $sample, whole: $whole) {
      columns
      rows
      timeColumns
      numericColumns
      proposal {
        kind
        userColumn
        eventColumn
        timeColumn
        propertiesColumn
        metricColumns
      }
    }
  }
`);

/** The mapping the upload sends (the controller's `mapping` parameter). */
export interface UploadMapping {
  kind: 'EVENTS' | 'SUMMARY';
  userColumn: string;
  eventColumn?: string | null;
  timeColumn?: string | null;
  propertiesColumn?: string | null;
  metricColumns?: string[] | null;
  periodDays?: number | null;
}

/** Characters of the file's head the preview reads. */
export const SAMPLE_CHARS = 64 * 1024;

/**
 * Streams the file to `POST /api/studies/:id/analytics-imports` (XMLHttpRequest, for upload
 * progress). Resolves when the server has aggregated it; rejects with the server's sentence.
 */
export function uploadAnalyticsCsv(
  studyId: string,
  file: File,
  mapping: UploadMapping,
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  const qs = new URLSearchParams({ fileName: file.name, mapping: JSON.stringify(mapping) });
  return uploadFile(
    `/api/studies/${encodeURIComponent(studyId)}/analytics-imports?${qs}`,
    file,
    'text/csv',
    onProgress,
  );
}
