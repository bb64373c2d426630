import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymous surveys: an invitation keeps only its status. Until now a used invitation kept the
 * response's `client_response_id` and the participant, so one join put an invited address next
 * to its answers; a response that kept its invitation (a survey made anonymous later) loses it.
 * Not reversible: the links are gone.
 */
export class AnonymousInvitations1764300009200 implements MigrationInterface {
  name = 'AnonymousInvitations1764300009200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE invitation i SET client_response_id = NULL, participant_id = NULL
        FROM survey s
       WHERE s.id = i.survey_id AND s.anonymous
         AND (i.client_response_id IS NOT NULL OR i.participant_id IS NOT NULL);
      UPDATE response r SET invitation_id = NULL
        FROM survey s
       WHERE s.id = r.survey_id AND s.anonymous AND r.invitation_id IS NOT NULL;
    `);
  }

  async down(): Promise<void> {
    // The links are deliberately forgotten; there is nothing to restore.
  }
}
