/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {\n    importSurveyCsv(input: $input) {\n      id\n    }\n  }\n": typeof types.ImportSurveyCsvDocument,
    "\n  query SurveyInvitations($surveyId: ID!) {\n    invitations(surveyId: $surveyId) {\n      id\n      email\n      token\n      status\n    }\n  }\n": typeof types.SurveyInvitationsDocument,
    "\n  mutation CreateInvitations($surveyId: ID!, $emails: [String!]!) {\n    createInvitations(surveyId: $surveyId, emails: $emails) {\n      id\n      email\n      token\n      status\n    }\n  }\n": typeof types.CreateInvitationsDocument,
    "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n        myRole\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n    }\n  }\n": typeof types.StudyOverviewDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query StudySurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        status\n        version\n        responseCount\n        completeCount\n        hasUnpublishedChanges\n      }\n    }\n  }\n": typeof types.StudySurveysDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceMembersDocument,
    "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.WorkspaceStudiesDocument,
    "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStudyDocument,
    "\n  query PublicSurvey($slug: String!, $invitationToken: String) {\n    publicSurvey(slug: $slug, invitationToken: $invitationToken) {\n      title\n      description\n      version\n      oneQuestionPerScreen\n      questions {\n        id\n        type\n        title\n        description\n        required\n        options {\n          id\n          label\n        }\n        rows {\n          id\n          label\n        }\n        min\n        max\n        minLabel\n        maxLabel\n        showIf {\n          questionId\n          operator\n          value\n        }\n        personaField\n      }\n    }\n  }\n": typeof types.PublicSurveyDocument,
    "\n  mutation SubmitResponse($input: SubmitResponseInput!) {\n    submitResponse(input: $input) {\n      responseId\n      complete\n    }\n  }\n": typeof types.SubmitResponseDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.WorkspaceListDocument,
    "\n  query SurveyEditor($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n      description\n      status\n      slug\n      version\n      anonymous\n      closesAt\n      responseLimit\n      oneQuestionPerScreen\n      hasUnpublishedChanges\n      responseCount\n      completeCount\n      study {\n        id\n        name\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        id\n        type\n        title\n        description\n        required\n        options {\n          id\n          label\n        }\n        rows {\n          id\n          label\n        }\n        min\n        max\n        minLabel\n        maxLabel\n        showIf {\n          questionId\n          operator\n          value\n        }\n        personaField\n      }\n    }\n  }\n": typeof types.SurveyEditorDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n      slug\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": typeof types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      responseCount\n      completeCount\n      questions {\n        questionId\n        answered\n        choices {\n          choiceId\n          label\n          count\n          share\n        }\n        mean\n        median\n        nps {\n          score\n          promoters\n          passives\n          detractors\n        }\n        texts(first: 20)\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String) {\n    responses(surveyId: $surveyId, first: $first, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        surveyVersion\n        complete\n        submittedAt\n        hiddenFields\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n": typeof types.SurveyResponsesDocument,
};
const documents: Documents = {
    "\n  mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {\n    importSurveyCsv(input: $input) {\n      id\n    }\n  }\n": types.ImportSurveyCsvDocument,
    "\n  query SurveyInvitations($surveyId: ID!) {\n    invitations(surveyId: $surveyId) {\n      id\n      email\n      token\n      status\n    }\n  }\n": types.SurveyInvitationsDocument,
    "\n  mutation CreateInvitations($surveyId: ID!, $emails: [String!]!) {\n    createInvitations(surveyId: $surveyId, emails: $emails) {\n      id\n      email\n      token\n      status\n    }\n  }\n": types.CreateInvitationsDocument,
    "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n        myRole\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n    }\n  }\n": types.StudyOverviewDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query StudySurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        status\n        version\n        responseCount\n        completeCount\n        hasUnpublishedChanges\n      }\n    }\n  }\n": types.StudySurveysDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.WorkspaceMembersDocument,
    "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.WorkspaceStudiesDocument,
    "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n": types.CreateStudyDocument,
    "\n  query PublicSurvey($slug: String!, $invitationToken: String) {\n    publicSurvey(slug: $slug, invitationToken: $invitationToken) {\n      title\n      description\n      version\n      oneQuestionPerScreen\n      questions {\n        id\n        type\n        title\n        description\n        required\n        options {\n          id\n          label\n        }\n        rows {\n          id\n          label\n        }\n        min\n        max\n        minLabel\n        maxLabel\n        showIf {\n          questionId\n          operator\n          value\n        }\n        personaField\n      }\n    }\n  }\n": types.PublicSurveyDocument,
    "\n  mutation SubmitResponse($input: SubmitResponseInput!) {\n    submitResponse(input: $input) {\n      responseId\n      complete\n    }\n  }\n": types.SubmitResponseDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.WorkspaceListDocument,
    "\n  query SurveyEditor($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n      description\n      status\n      slug\n      version\n      anonymous\n      closesAt\n      responseLimit\n      oneQuestionPerScreen\n      hasUnpublishedChanges\n      responseCount\n      completeCount\n      study {\n        id\n        name\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        id\n        type\n        title\n        description\n        required\n        options {\n          id\n          label\n        }\n        rows {\n          id\n          label\n        }\n        min\n        max\n        minLabel\n        maxLabel\n        showIf {\n          questionId\n          operator\n          value\n        }\n        personaField\n      }\n    }\n  }\n": types.SurveyEditorDocument,
    "\n  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n      slug\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": types.PublishSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      responseCount\n      completeCount\n      questions {\n        questionId\n        answered\n        choices {\n          choiceId\n          label\n          count\n          share\n        }\n        mean\n        median\n        nps {\n          score\n          promoters\n          passives\n          detractors\n        }\n        texts(first: 20)\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String) {\n    responses(surveyId: $surveyId, first: $first, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        surveyVersion\n        complete\n        submittedAt\n        hiddenFields\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n": types.SurveyResponsesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSurveyCsv($input: ImportSurveyCsvInput!) {\n    importSurveyCsv(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportSurveyCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyInvitations($surveyId: ID!) {\n    invitations(surveyId: $surveyId) {\n      id\n      email\n      token\n      status\n    }\n  }\n"): typeof import('./graphql').SurveyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitations($surveyId: ID!, $emails: [String!]!) {\n    createInvitations(surveyId: $surveyId, emails: $emails) {\n      id\n      email\n      token\n      status\n    }\n  }\n"): typeof import('./graphql').CreateInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n        myRole\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').StudyOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudySurveys($id: ID!) {\n    study(id: $id) {\n      id\n      surveys {\n        id\n        title\n        status\n        version\n        responseCount\n        completeCount\n        hasUnpublishedChanges\n      }\n    }\n  }\n"): typeof import('./graphql').StudySurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceStudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSurvey($slug: String!, $invitationToken: String) {\n    publicSurvey(slug: $slug, invitationToken: $invitationToken) {\n      title\n      description\n      version\n      oneQuestionPerScreen\n      questions {\n        id\n        type\n        title\n        description\n        required\n        options {\n          id\n          label\n        }\n        rows {\n          id\n          label\n        }\n        min\n        max\n        minLabel\n        maxLabel\n        showIf {\n          questionId\n          operator\n          value\n        }\n        personaField\n      }\n    }\n  }\n"): typeof import('./graphql').PublicSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResponse($input: SubmitResponseInput!) {\n    submitResponse(input: $input) {\n      responseId\n      complete\n    }\n  }\n"): typeof import('./graphql').SubmitResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyEditor($id: ID!) {\n    survey(id: $id) {\n      id\n      title\n      description\n      status\n      slug\n      version\n      anonymous\n      closesAt\n      responseLimit\n      oneQuestionPerScreen\n      hasUnpublishedChanges\n      responseCount\n      completeCount\n      study {\n        id\n        name\n        workspace {\n          id\n          myRole\n        }\n      }\n      questions {\n        id\n        type\n        title\n        description\n        required\n        options {\n          id\n          label\n        }\n        rows {\n          id\n          label\n        }\n        min\n        max\n        minLabel\n        maxLabel\n        showIf {\n          questionId\n          operator\n          value\n        }\n        personaField\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {\n    updateSurvey(id: $id, input: $input) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n      slug\n    }\n  }\n"): typeof import('./graphql').UpdateSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n"): typeof import('./graphql').PublishSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      id\n      status\n      version\n      hasUnpublishedChanges\n    }\n  }\n"): typeof import('./graphql').CloseSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($surveyId: ID!, $filter: ResultsFilter) {\n    surveyResults(surveyId: $surveyId, filter: $filter) {\n      responseCount\n      completeCount\n      questions {\n        questionId\n        answered\n        choices {\n          choiceId\n          label\n          count\n          share\n        }\n        mean\n        median\n        nps {\n          score\n          promoters\n          passives\n          detractors\n        }\n        texts(first: 20)\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResponses($surveyId: ID!, $first: Int!, $after: String) {\n    responses(surveyId: $surveyId, first: $first, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        surveyVersion\n        complete\n        submittedAt\n        hiddenFields\n        answers {\n          questionId\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyResponsesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
