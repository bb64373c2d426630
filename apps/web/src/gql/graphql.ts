/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CodeCategory =
  | 'ATTITUDE'
  | 'BEHAVIOR'
  | 'DEMOGRAPHIC'
  | 'GOAL'
  | 'MOTIVATION'
  | 'NEED'
  | 'OTHER'
  | 'PAIN_POINT';

export type CreateStudyInput = {
  description?: string | null | undefined;
  name: string;
  workspaceId: string | number;
};

export type LogInInput = {
  email: string;
  password: string;
};

export type PersonaStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'REJECTED';

export type Role =
  | 'OWNER'
  | 'RESEARCHER'
  | 'REVIEWER'
  | 'VIEWER';

export type SignUpInput = {
  email: string;
  name: string;
  password: string;
};

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type StudyOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyOverviewQuery = { study: { id: string, name: string, description: string | null, workspace: { id: string, name: string }, surveys: Array<{ id: string, title: string, status: SurveyStatus }>, interviews: Array<{ id: string, title: string }>, codes: Array<{ id: string, name: string, category: CodeCategory }>, personas: Array<{ id: string, name: string, status: PersonaStatus }> } | null };

export type CreateWorkspaceMutationVariables = Exact<{
  name: string;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { id: string, name: string, studies: Array<{ id: string }>, members: Array<{ role: Role }> } };

export type WorkspaceMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceMembersQuery = { workspace: { id: string, name: string, members: Array<{ role: Role, user: { id: string, name: string, email: string } }> } | null };

export type AddMemberMutationVariables = Exact<{
  workspaceId: string | number;
  email: string;
  role: Role;
}>;


export type AddMemberMutation = { addMember: { role: Role, user: { id: string, name: string, email: string } } };

export type WorkspaceStudiesQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceStudiesQuery = { workspace: { id: string, name: string, studies: Array<{ id: string, name: string, description: string | null }> } | null };

export type CreateStudyMutationVariables = Exact<{
  input: CreateStudyInput;
}>;


export type CreateStudyMutation = { createStudy: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string, user: { id: string, email: string, name: string } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { token: string, user: { id: string, email: string, name: string } } };

export type WorkspaceListQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceListQuery = { workspaces: Array<{ id: string, name: string, studies: Array<{ id: string }>, members: Array<{ role: Role }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const StudyOverviewDocument = new TypedDocumentString(`
    query StudyOverview($id: ID!) {
  study(id: $id) {
    id
    name
    description
    workspace {
      id
      name
    }
    surveys {
      id
      title
      status
    }
    interviews {
      id
      title
    }
    codes {
      id
      name
      category
    }
    personas {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StudyOverviewQuery, StudyOverviewQueryVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($name: String!) {
  createWorkspace(name: $name) {
    id
    name
    studies {
      id
    }
    members {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const WorkspaceMembersDocument = new TypedDocumentString(`
    query WorkspaceMembers($id: ID!) {
  workspace(id: $id) {
    id
    name
    members {
      role
      user {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($workspaceId: ID!, $email: String!, $role: Role!) {
  addMember(workspaceId: $workspaceId, email: $email, role: $role) {
    role
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const WorkspaceStudiesDocument = new TypedDocumentString(`
    query WorkspaceStudies($id: ID!) {
  workspace(id: $id) {
    id
    name
    studies {
      id
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceStudiesQuery, WorkspaceStudiesQueryVariables>;
export const CreateStudyDocument = new TypedDocumentString(`
    mutation CreateStudy($input: CreateStudyInput!) {
  createStudy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateStudyMutation, CreateStudyMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const WorkspaceListDocument = new TypedDocumentString(`
    query WorkspaceList {
  workspaces {
    id
    name
    studies {
      id
    }
    members {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceListQuery, WorkspaceListQueryVariables>;