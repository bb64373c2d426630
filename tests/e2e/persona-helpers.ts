import { mkdirSync, copyFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { gql } from './helpers';

export const DEMO_STUDY_NAME = 'Chartwell customers 2026';

/** Where screenshots are copied so they are easy to find: test-results/e2e-screenshots/ (beside the e2e output). */
export const screenshotDir = (testInfo: TestInfo) =>
  resolve(testInfo.project.outputDir, '..', 'e2e-screenshots');

export type Session = { token: string; user: { id: string; email: string; name: string } };
export type Role = 'OWNER' | 'RESEARCHER' | 'REVIEWER' | 'VIEWER';

/** A unique suffix, so reruns against the same server never collide. */
export const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

export async function signUp(
  request: APIRequestContext,
  name: string,
  label: string,
): Promise<Session> {
  const email = `${label}-${stamp()}@example.com`;
  const { signUp } = await gql(
    request,
    'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id email name } } }',
    { i: { email, name, password: 'a-long-enough-password' } },
  );
  return signUp as Session;
}

/** The demo study and the workspace it belongs to, as the demo owner sees them. */
export async function demoStudyIds(request: APIRequestContext, token: string) {
  const { workspaces } = await gql(
    request,
    '{ workspaces { id name studies { id name } } }',
    {},
    token,
  );
  for (const w of workspaces as {
    id: string;
    name: string;
    studies: { id: string; name: string }[];
  }[]) {
    const study = w.studies.find((s) => s.name === DEMO_STUDY_NAME);
    if (study)
      return { workspaceId: w.id, workspaceName: w.name, studyId: study.id, studyName: study.name };
  }
  throw new Error(`The demo study "${DEMO_STUDY_NAME}" is not seeded`);
}

export async function addMember(
  request: APIRequestContext,
  ownerToken: string,
  workspaceId: string,
  email: string,
  role: Role,
) {
  const { addMember } = await gql(
    request,
    'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { role user { id } } }',
    { w: workspaceId, e: email, r: role },
    ownerToken,
  );
  return addMember as { role: Role; user: { id: string } };
}

/** Signs up a new account, invites it to the workspace with the given role and accepts as it. */
export async function memberWithRole(
  request: APIRequestContext,
  ownerToken: string,
  workspaceId: string,
  role: Role,
  name: string,
): Promise<Session> {
  const session = await signUp(request, name, role.toLowerCase());
  const added = await addMember(request, ownerToken, workspaceId, session.user.email, role);
  if (added.role !== role) throw new Error(`addMember gave role ${added.role}, not ${role}`);
  const { acceptInvitation } = await gql(
    request,
    'mutation($id: ID!) { acceptInvitation(id: $id) { myRole } }',
    { id: added.user.id },
    session.token,
  );
  if (acceptInvitation.myRole !== role)
    throw new Error(`acceptInvitation gave role ${acceptInvitation.myRole}, not ${role}`);
  return session;
}

export interface PersonaSummary {
  id: string;
  name: string;
  tagline: string | null;
  status: string;
  latestStatus: string;
  version: number;
  latestVersion: number;
}

export async function studyPersonas(request: APIRequestContext, token: string, studyId: string) {
  const { study } = await gql(
    request,
    'query($id: ID!) { study(id: $id) { personas { id name tagline status latestStatus version latestVersion } } }',
    { id: studyId },
    token,
  );
  return study.personas as PersonaSummary[];
}

export async function persona(request: APIRequestContext, token: string, id: string) {
  const { persona } = await gql(
    request,
    `query($id: ID!) { persona(id: $id) {
      id name tagline status latestStatus version latestVersion approvedVersion
      reviews { decision comment personaVersion reviewer { name } }
    } }`,
    { id },
    token,
  );
  return persona as PersonaSummary & {
    approvedVersion: number | null;
    reviews: {
      decision: string;
      comment: string | null;
      personaVersion: number;
      reviewer: { name: string };
    }[];
  };
}

/** A full-page screenshot in the test's output, also copied to test-results/e2e-screenshots/. */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<string> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  const dir = screenshotDir(testInfo);
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, basename(name));
  copyFileSync(path, copy);
  return copy;
}

/** Undoes the Markdown export's escaping of names, taglines and quotes. */
export const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_[\]<>#|])/g, '$1');

export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
