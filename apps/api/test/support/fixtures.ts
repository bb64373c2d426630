import type { TestApp } from './test-app';

/** A workspace with an owner and a study, for tests that need a place to work. */
export async function createStudyFixture(t: TestApp, name = 'Study') {
  const owner = await t.signUp('Owner');
  const ws = await t.gql('mutation($n: String!) { createWorkspace(name: $n) { id } }', { n: `${name} workspace` }, owner.token);
  const workspaceId = ws.data!.createWorkspace.id as string;
  const study = await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId, name } }, owner.token);
  return { owner, workspaceId, studyId: study.data!.createStudy.id as string };
}

/** Adds a freshly signed-up member with `role` (invited by the owner, accepted by the member) and returns its token. */
export async function addMember(t: TestApp, owner: { token: string }, workspaceId: string, role: string) {
  const member = await t.signUp(role);
  const invited = await t.gql(
    'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { role user { id } } }',
    { w: workspaceId, e: member.email, r: role },
    owner.token,
  );
  if (!invited.data) throw new Error(JSON.stringify(invited.errors));
  const accepted = await t.gql('mutation($id: ID!) { acceptInvitation(id: $id) { id } }', { id: invited.data.addMember.user.id }, member.token);
  if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  return member;
}
