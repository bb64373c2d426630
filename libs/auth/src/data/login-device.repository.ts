import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { LoginDeviceEntity } from './login-device.entity';

/** Devices an account keeps; older ones are forgotten first. */
const DEVICES_PER_USER = 20;

/** The login_device table. */
@Injectable()
export class LoginDeviceRepository {
  constructor(
    @InjectRepository(LoginDeviceEntity) private readonly repo: Repository<LoginDeviceEntity>,
  ) {}

  /** Whether this token hash is a live device of this account. */
  async isDeviceOf(userId: string, tokenHash: string): Promise<boolean> {
    return this.repo.exists({ where: { userId, tokenHash, expiresAt: MoreThan(new Date()) } });
  }

  /** Keeps a device of this account until `expiresAt`, forgetting its expired and oldest devices. */
  async remember(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.repo.query(
      `WITH kept AS (
         INSERT INTO login_device (user_id, token_hash, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (token_hash) DO UPDATE SET expires_at = EXCLUDED.expires_at
         WHERE login_device.user_id = EXCLUDED.user_id
       )
       DELETE FROM login_device WHERE user_id = $1 AND token_hash <> $2 AND id NOT IN (
         SELECT id FROM login_device WHERE user_id = $1 AND expires_at > now()
          ORDER BY expires_at DESC LIMIT $4
       )`,
      [userId, tokenHash, expiresAt, DEVICES_PER_USER - 1],
    );
  }
}
