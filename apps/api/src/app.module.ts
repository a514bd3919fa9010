import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { DataSourceOptions } from 'typeorm';
import { IdentityModule } from '@samverkan/identity/api';
import { StrategyModule } from '@samverkan/strategy/api';
import { ConferencesModule } from '@samverkan/conferences/api';
import { RegistrationsModule, type RegistrationOptions } from '@samverkan/registrations/api';
import { MailModule, type MailOptions } from '@samverkan/shared/api-mail';
import { CalendarModule } from '@samverkan/calendar/api';
import { OpenCallsModule, ProposalsModule } from '@samverkan/proposals/api';
import { CommitteeModule } from '@samverkan/committee/api';
import { AgendaModule } from '@samverkan/agenda/api';
import { AttendanceModule } from '@samverkan/attendance/api';
import { EvaluationModule, type EvaluationOptions } from '@samverkan/evaluation/api';
import { CoverageModule } from '@samverkan/coverage/api';
import { MessagingModule } from '@samverkan/messaging/api';
import { JobsModule, type JobsOptions } from '@samverkan/shared/api-jobs';
import { DocumentsModule } from '@samverkan/shared/api-documents';
import type { AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { ShareableInterceptor } from '@samverkan/shared/api-http';
import { ErrorFilter } from './platform/error.filter';
import { HealthController } from './platform/health.controller';
import { DocumentsController } from './platform/documents.controller';
import { rateLimits } from './platform/rate-limits';
import { METRICS_TOKEN, MetricsController } from './platform/metrics';
import { DrainOnShutdown } from './platform/drain';
import type { PageRendererFactory } from './platform/web';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  /** Extra TypeORM options, e.g. a query-counting logger in tests. */
  database?: Partial<DataSourceOptions>;
  /** Test hooks: background timers off, the race test's negative control. */
  registrations?: Partial<RegistrationOptions>;
  mail?: Partial<MailOptions>;
  /** Test hook: the invitation race test's negative control. */
  evaluation?: Partial<EvaluationOptions>;
  /** The job queue; tests that need no jobs turn it off. */
  jobs?: Partial<JobsOptions>;
  /** Tests: a page renderer instead of the built server bundle (platform/web.ts). */
  loadRenderer?: () => Promise<PageRendererFactory | null>;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const limits = rateLimits(options.config);
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        // Lets tests and tools list every route with its permission.
        DiscoveryModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req, res) => {
              const incoming = req.headers['x-request-id'];
              const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
            ...(process.stdout.isTTY && process.env['NODE_ENV'] !== 'production'
              ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
              : {}),
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.database)),
        limits.module,
        IdentityModule.register({
          jwtSecret: options.jwtSecret,
          linkSecret: config.linkSecret,
          publicUrl: config.publicUrl,
          issuer: config.publicUrl,
          audience: 'samverkan-api',
          tokenTtlSeconds: config.tokenTtlSeconds,
          idleTimeoutSeconds: config.sessionIdleSeconds,
          maxFailuresPerAccount: config.loginMaxFailuresPerAccount,
          maxFailuresPerAddress: config.loginMaxFailuresPerAddress,
          maxFailuresTotal: config.loginMaxFailuresTotal,
          throttleWindowSeconds: config.loginThrottleWindowSeconds,
        }),
        StrategyModule,
        MailModule.register({
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          retryIntervalMs: 30_000,
          maxAttempts: 8,
          recipientLimit: { mails: config.mailLimitPerRecipient, windowSeconds: config.mailLimitWindowSeconds },
          ...options.mail,
        }),
        JobsModule.register({ connectionString: options.databaseUrl, enabled: true, pollingIntervalSeconds: 2, ...options.jobs }),
        DocumentsModule,
        ConferencesModule,
        ProposalsModule,
        OpenCallsModule.register({
          publicUrl: config.publicUrl,
          submissionsPerAddress: config.callSubmissionsPerAddress,
          submissionsPerEmail: config.callSubmissionsPerEmail,
          windowSeconds: config.callSubmissionWindowSeconds,
        }),
        CommitteeModule,
        AgendaModule,
        RegistrationsModule.register({
          publicUrl: config.publicUrl,
          retentionDays: config.retentionDays,
          retentionIntervalMs: 3_600_000,
          ...options.registrations,
        }),
        CalendarModule.register({ publicUrl: config.publicUrl }),
        AttendanceModule,
        EvaluationModule.register({ publicUrl: config.publicUrl, ...options.evaluation }),
        MessagingModule.register({ publicUrl: config.publicUrl }),
        CoverageModule,
      ],
      controllers: [HealthController, DocumentsController, MetricsController],
      providers: [
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: ShareableInterceptor },
        { provide: METRICS_TOKEN, useValue: config.metricsToken },
        limits.guard,
        DrainOnShutdown,
      ],
    };
  }
}
