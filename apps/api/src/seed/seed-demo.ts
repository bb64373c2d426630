import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';

export const DEMO_EMAIL = 'demo@personalab.local';
export const DEMO_PASSWORD = 'demo-password-123';

/**
 * On first boot against an empty database, creates a demo account, workspace
 * and study so a newcomer sees something at once. Runs once: it does nothing
 * when any account exists.
 */
export async function seedDemo(db: DataSource, logger: Logger): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two replicas booting together must not both seed.
    await tx.query('SELECT pg_advisory_xact_lock(7262002)');
    const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM app_user');
    if (n > 0) return false;
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    const [user] = await tx.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ($1, 'Demo Researcher', $2) RETURNING id`,
      [DEMO_EMAIL, hash],
    );
    const [ws] = await tx.query(`INSERT INTO workspace (name) VALUES ('Demo workspace') RETURNING id`);
    await tx.query(`INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [ws.id, user.id]);
    await tx.query(
      `INSERT INTO study (workspace_id, name, description) VALUES ($1, $2, $3)`,
      [ws.id, 'R community 2019', 'Demo study: what R users like, what they struggle with, and who they are.'],
    );
    logger.info({ account: 'demo' }, 'seeded the demo workspace');
    return true;
  });
}
