import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useAuthStore } from '../stores/auth';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Only for signed-out people (login, signup); signed-in people go home. */
    guestOnly?: boolean;
    title?: string;
  }
}

// Every page is a lazy chunk, so the respondent form never pulls in researcher code.
const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../features/auth/pages/LoginPage.vue'),
    meta: { public: true, guestOnly: true, title: 'Log in' },
  },
  {
    path: '/signup',
    name: 'signup',
    component: () => import('../features/auth/pages/SignupPage.vue'),
    meta: { public: true, guestOnly: true, title: 'Sign up' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../features/auth/pages/ForgotPasswordPage.vue'),
    meta: { public: true, title: 'Forgot password' },
  },
  {
    path: '/reset-password/:token',
    name: 'reset-password',
    props: true,
    component: () => import('../features/auth/pages/ResetPasswordPage.vue'),
    meta: { public: true, title: 'Reset password' },
  },
  {
    // The link of a workspace invitation mail: shows the invitation, then sign-up, log-in or accept.
    path: '/join/:token',
    name: 'join',
    props: true,
    component: () => import('../features/auth/pages/JoinPage.vue'),
    meta: { public: true, title: 'Join a workspace' },
  },
  {
    path: '/s/:slug',
    name: 'respondent',
    props: true,
    component: () => import('../features/respondent/pages/RespondentPage.vue'),
    meta: { public: true, title: 'Survey' },
  },
  {
    // A read-only share link: no sign-in, no app header; the server answers it noindex and no-referrer.
    path: '/share/:token',
    name: 'shared-personas',
    props: true,
    component: () => import('../features/persona/pages/SharedPersonasPage.vue'),
    meta: { public: true, title: 'Shared personas' },
  },
  {
    // The unsubscribe link of a survey invitation mail: no sign-in, a confirm button (link checkers never unsubscribe anyone).
    path: '/unsubscribe/:token',
    name: 'unsubscribe',
    props: true,
    component: () => import('../features/surveys/pages/UnsubscribePage.vue'),
    meta: { public: true, title: 'Unsubscribe' },
  },
  {
    path: '/',
    component: () => import('../layouts/AppLayout.vue'),
    children: [
      {
        path: '',
        name: 'workspaces',
        component: () => import('../features/workspaces/pages/WorkspacesPage.vue'),
        meta: { title: 'Workspaces' },
      },
      {
        // ?q=&w=&study=&source=&code=: the workspace's search (the ⌘K palette's "See all results").
        path: 'search',
        name: 'search',
        component: () => import('../features/search/pages/SearchPage.vue'),
        meta: { title: 'Search' },
      },
      {
        path: 'account',
        name: 'account',
        component: () => import('../features/account/pages/AccountPage.vue'),
        meta: { title: 'Account' },
      },
      {
        path: 'inbox',
        name: 'inbox',
        component: () => import('../features/inbox/pages/InboxPage.vue'),
        meta: { title: 'Inbox' },
      },
      {
        path: 'w/:workspaceId',
        name: 'workspace',
        props: true,
        component: () => import('../features/workspaces/pages/WorkspacePage.vue'),
        meta: { title: 'Studies' },
      },
      {
        path: 'w/:workspaceId/members',
        name: 'workspace-members',
        props: true,
        component: () => import('../features/workspaces/pages/MembersPage.vue'),
        meta: { title: 'Members' },
      },
      {
        path: 'w/:workspaceId/personas',
        name: 'workspace-personas',
        props: true,
        component: () => import('../features/persona/pages/WorkspacePersonasPage.vue'),
        meta: { title: 'Approved personas' },
      },
      {
        path: 'personas/:personaId',
        name: 'persona',
        props: true,
        component: () => import('../features/persona/pages/PersonaPage.vue'),
        meta: { title: 'Persona' },
      },
      {
        path: 'surveys/:surveyId/edit',
        name: 'survey-edit',
        props: true,
        component: () => import('../features/surveys/pages/SurveyBuilderPage.vue'),
        meta: { title: 'Edit survey' },
      },
      {
        path: 'surveys/:surveyId/invitations',
        name: 'survey-invitations',
        props: true,
        component: () => import('../features/surveys/pages/SurveyInvitationsPage.vue'),
        meta: { title: 'Invitations' },
      },
      {
        path: 'surveys/:surveyId/results',
        name: 'survey-results',
        props: true,
        component: () => import('../features/results/pages/SurveyResultsPage.vue'),
        meta: { title: 'Results' },
      },
      {
        // ?segment=<id> scrolls to and marks one turn (links from persona evidence).
        path: 'interviews/:interviewId',
        name: 'interview',
        props: true,
        component: () => import('../features/interviews/pages/InterviewPage.vue'),
        meta: { title: 'Interview' },
      },
      {
        path: 'studies/:studyId',
        props: true,
        component: () => import('../features/studies/pages/StudyPage.vue'),
        children: [
          {
            path: '',
            name: 'study',
            redirect: (to) => ({ name: 'study-surveys', params: to.params }),
          },
          {
            path: 'surveys',
            name: 'study-surveys',
            component: () => import('../features/surveys/pages/StudySurveysPage.vue'),
            meta: { title: 'Surveys' },
          },
          {
            path: 'interviews',
            name: 'study-interviews',
            component: () => import('../features/interviews/pages/StudyInterviewsPage.vue'),
            meta: { title: 'Interviews' },
          },
          {
            path: 'coding',
            name: 'study-coding',
            component: () => import('../features/coding/pages/StudyCodingPage.vue'),
            meta: { title: 'Coding' },
          },
          {
            path: 'analytics',
            name: 'study-analytics',
            component: () => import('../features/analytics/pages/StudyAnalyticsPage.vue'),
            meta: { title: 'Analytics' },
          },
          {
            path: 'feedback',
            name: 'study-feedback',
            component: () => import('../features/feedback/pages/StudyFeedbackPage.vue'),
            meta: { title: 'Feedback' },
          },
          {
            // #m-<messageId> scrolls to and outlines one message (links from evidence and search).
            path: 'feedback/:conversationId',
            name: 'study-feedback-conversation',
            props: true,
            component: () => import('../features/feedback/pages/FeedbackConversationPage.vue'),
            meta: { title: 'Conversation' },
          },
          {
            path: 'personas',
            name: 'study-personas',
            component: () => import('../features/persona/pages/StudyPersonasPage.vue'),
            meta: { title: 'Personas' },
          },
        ],
      },
    ],
  },
  {
    // Outside the app shell so it prints as one clean page; still needs sign-in.
    path: '/personas/:personaId/card',
    name: 'persona-card',
    props: true,
    component: () => import('../features/persona/pages/PersonaCardPage.vue'),
    meta: { title: 'Persona card' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { public: true, title: 'Page not found' },
  },
];

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

router.beforeEach((to) => {
  const auth = useAuthStore();
  if (!to.meta.public && !auth.isSignedIn) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  if (to.meta.guestOnly && auth.isSignedIn) return { name: 'workspaces' };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · Persona Lab` : 'Persona Lab';
});

/** Only same-origin paths, so a crafted ?redirect= cannot send people elsewhere. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\')
    ? value
    : '/';
}
