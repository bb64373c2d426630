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
    "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n      codes {\n        id\n        name\n        category\n      }\n      personas {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.StudyOverviewDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceMembersDocument,
    "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.WorkspaceStudiesDocument,
    "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStudyDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.WorkspaceListDocument,
};
const documents: Documents = {
    "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n      codes {\n        id\n        name\n        category\n      }\n      personas {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.StudyOverviewDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.WorkspaceMembersDocument,
    "\n  mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    addMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      role\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  query WorkspaceStudies($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      studies {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.WorkspaceStudiesDocument,
    "\n  mutation CreateStudy($input: CreateStudyInput!) {\n    createStudy(input: $input) {\n      id\n    }\n  }\n": types.CreateStudyDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.WorkspaceListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyOverview($id: ID!) {\n    study(id: $id) {\n      id\n      name\n      description\n      workspace {\n        id\n        name\n      }\n      surveys {\n        id\n        title\n        status\n      }\n      interviews {\n        id\n        title\n      }\n      codes {\n        id\n        name\n        category\n      }\n      personas {\n        id\n        name\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').StudyOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWorkspaceDocument;
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
export function graphql(source: "\n  query WorkspaceList {\n    workspaces {\n      id\n      name\n      studies {\n        id\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
