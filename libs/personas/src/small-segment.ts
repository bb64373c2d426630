import { isSmallSegment } from '@persona-lab/privacy';

/**
 * Whether a persona's content is from a small segment: flagged when synthesis wrote it, or by the
 * same rule (`isSmallSegment`, privacy lib) now — content written before the flag existed, or by
 * another path, is judged alike.
 */
export function smallSegmentOf(content: {
  smallSegment?: boolean;
  participantCount: number;
  segmentShare: number;
}): boolean {
  return (
    content.smallSegment === true || isSmallSegment(content.participantCount, content.segmentShare)
  );
}
