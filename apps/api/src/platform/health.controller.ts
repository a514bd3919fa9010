import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@samverkan/identity/api';
import type { HealthResponse } from '@samverkan/shared/contract';
import { HealthResponseSchema } from './health.responses';

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The API and its database are up.', type: HealthResponseSchema })
  @ApiServiceUnavailableResponse({
    description: 'The database cannot be reached (`{ status: "error", database: "down" }`).',
    type: HealthResponseSchema,
  })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok', database: 'up' };
    } catch {
      response.status(503);
      return { status: 'error', database: 'down' };
    }
  }
}
