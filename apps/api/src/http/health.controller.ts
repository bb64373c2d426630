import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Access } from '@persona-lab/auth';

@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Liveness and database reachability, for load balancers and `docker compose`. */
  @Access('public')
  @Get('healthz')
  async health(): Promise<{ status: string; database: string }> {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch {
      return { status: 'degraded', database: 'unreachable' };
    }
  }
}
