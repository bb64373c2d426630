import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { hashCustomerKey } from '@persona-lab/privacy/customer-key';
import { CUSTOMER_KEY_SECRET } from '../customer-key-secret';
import { ParticipantKeyEntity } from './participant-key.entity';

/**
 * Customer identity: a customer identifier (email, user id, requester id…) becomes a salted hash,
 * and each hash of a study is linked to one participant. Surveys (hidden `customer_id`), interviews
 * (`customerId`), feedback and analytics meet on the same participant this way. Only the hash is
 * ever stored.
 */
@Injectable()
export class ParticipantKeyService {
  constructor(
    @Inject(CUSTOMER_KEY_SECRET) private readonly secret: string,
    @InjectRepository(ParticipantKeyEntity)
    private readonly keys: Repository<ParticipantKeyEntity>,
  ) {}

  /** The stored form of a customer identifier in this study. */
  hash(studyId: string, raw: string): string {
    return hashCustomerKey(this.secret, studyId, raw);
  }

  /**
   * The participant of each key hash, created when the hash is new, in the caller's transaction;
   * two statements whatever the number of keys. A new participant gets the entry's label, or the
   * label followed by part of its hash when the study already has a participant by that label.
   * Concurrent calls with the same key never make two participants: the key row is inserted first
   * (ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit), and only the
   * keys this call inserted create their participant, in the same statement.
   */
  async link(
    studyId: string,
    entries: readonly { keyHash: string; label: string }[],
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const unique = new Map<string, string>();
    for (const e of entries) if (!unique.has(e.keyHash)) unique.set(e.keyHash, e.label.trim());
    if (!unique.size) return new Map();
    const hashes = [...unique.keys()];
    const labels = [...unique.values()];
    await manager.query(
      `WITH input AS (
         SELECT key_hash, label, gen_random_uuid() AS participant_id,
                count(*) OVER (PARTITION BY label) AS same_label
           FROM unnest($2::text[], $3::text[]) AS t(key_hash, label)
          WHERE NOT EXISTS (SELECT 1 FROM participant_key k WHERE k.study_id = $1 AND k.key_hash = t.key_hash)
       ), won AS (
         INSERT INTO participant_key (study_id, key_hash, participant_id)
         SELECT $1, key_hash, participant_id FROM input
         ON CONFLICT (study_id, key_hash) DO NOTHING
         RETURNING key_hash, participant_id
       )
       INSERT INTO participant (id, study_id, label)
       SELECT w.participant_id, $1,
              CASE WHEN i.same_label > 1
                     OR EXISTS (SELECT 1 FROM participant p WHERE p.study_id = $1 AND p.label = i.label)
                   THEN i.label || ' · ' || left(w.key_hash, 12) ELSE i.label END
         FROM won w JOIN input i ON i.key_hash = w.key_hash`,
      [studyId, hashes, labels],
    );
    return this.find(studyId, hashes, manager);
  }

  /**
   * Registers a key hash for an existing participant of the study unless the hash already belongs
   * to one, in the caller's transaction; answers the participant the hash belongs to afterwards
   * (the given one, or the one a source linked it to first). One statement plus `find`.
   */
  async attach(
    studyId: string,
    keyHash: string,
    participantId: string,
    manager: EntityManager,
  ): Promise<string> {
    await manager.query(
      `INSERT INTO participant_key (study_id, key_hash, participant_id)
       SELECT $1, $2, p.id FROM participant p WHERE p.id = $3 AND p.study_id = $1
       ON CONFLICT (study_id, key_hash) DO NOTHING`,
      [studyId, keyHash, participantId],
    );
    const linked = (await this.find(studyId, [keyHash], manager)).get(keyHash);
    if (!linked) throw new Error(`Participant ${participantId} is not in study ${studyId}.`);
    return linked;
  }

  /** The participants already linked to these key hashes (never creates one). */
  async find(
    studyId: string,
    keyHashes: readonly string[],
    manager: EntityManager = this.keys.manager,
  ): Promise<Map<string, string>> {
    if (!keyHashes.length) return new Map();
    const rows: { key_hash: string; participant_id: string }[] = await manager.query(
      `SELECT key_hash, participant_id FROM participant_key WHERE study_id = $1 AND key_hash = ANY($2::text[])`,
      [studyId, [...new Set(keyHashes)]],
    );
    return new Map(rows.map((r) => [r.key_hash, r.participant_id]));
  }
}
