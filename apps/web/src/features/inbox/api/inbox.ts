import { gqlRequest, type RequestOptions } from '../../../api/client';
import { graphql } from '../../../gql';
import type { InboxNotificationsQuery, ReviewQueueQuery } from '../../../gql/graphql';

export type InboxNotification = InboxNotificationsQuery['notifications']['nodes'][number];
export type QueuedPersona = ReviewQueueQuery['reviewQueue'][number];

const InboxNotificationsDocument = graphql(`
  query InboxNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        kind
        title
        link
        createdAt
        read
        actor {
          id
          name
        }
      }
      endCursor
    }
  }
`);

const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const ReviewQueueDocument = graphql(`
  query ReviewQueue {
    reviewQueue {
      id
      name
      status
      study {
        id
        name
      }
    }
  }
`);

/** A page of the signed-in user's notifications, newest first. */
export async function fetchNotifications(
  vars: { first: number; after?: string | null; unreadOnly?: boolean },
  options: RequestOptions = {},
): Promise<InboxNotificationsQuery['notifications']> {
  return (await gqlRequest(InboxNotificationsDocument, vars, options)).notifications;
}

export async function fetchUnreadCount(options: RequestOptions = {}): Promise<number> {
  return (await gqlRequest(UnreadNotificationCountDocument, {}, options)).unreadNotificationCount;
}

/** Marks these notifications read; returns how many were unread. */
export async function markNotificationsRead(ids: string[]): Promise<number> {
  return (await gqlRequest(MarkNotificationsReadDocument, { ids })).markNotificationsRead;
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await gqlRequest(MarkAllNotificationsReadDocument, {})).markAllNotificationsRead;
}

/** Personas in review that wait for the signed-in user. */
export async function fetchReviewQueue(options: RequestOptions = {}): Promise<QueuedPersona[]> {
  return (await gqlRequest(ReviewQueueDocument, {}, options)).reviewQueue;
}
