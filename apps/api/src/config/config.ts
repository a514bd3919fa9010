import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** Every environment variable the API reads. README.md lists them for operators. */
class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKERS?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/samverkan' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SEED_DEMO?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  LINK_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  SESSION_IDLE_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_TOTAL?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(24 * 3600)
  LOGIN_THROTTLE_WINDOW_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  RATE_LIMIT_PER_SUBJECT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  MAIL_LIMIT_PER_RECIPIENT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  MAIL_LIMIT_WINDOW_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  CALL_SUBMISSIONS_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  CALL_SUBMISSIONS_PER_EMAIL?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  CALL_SUBMISSION_WINDOW_SECONDS?: number;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'must be an absolute URL such as https://samverkan.example.se' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  /** Checked by parseTrustProxy. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (a random string)' })
  METRICS_TOKEN?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an SMTP URL such as smtp://user:password@mail.example.se:587' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  MAIL_FROM?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_DAYS?: number;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Worker processes sharing the port (node:cluster); 1 runs the API in this process alone. */
  workers: number;
  /** Set when an external PostgreSQL is used; otherwise the API runs an embedded one. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  jwtSecret?: string;
  /** Key of the secret links (manage, calendar); unset, derived from the JWT secret. */
  linkSecret?: string;
  tokenTtlSeconds: number;
  sessionIdleSeconds: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  /** Failed logins for one account from all addresses; beyond it only addresses it signed in from may try. */
  loginMaxFailuresTotal: number;
  loginThrottleWindowSeconds: number;
  /** Public writes per client address per minute (a whole municipality may share one address). */
  rateLimitPerAddress: number;
  /** Public writes per subject (one e-mail at one conference, one manage link) per ten minutes. */
  rateLimitPerSubject: number;
  /** Mails nobody asked for (registration, cancellation by link, password reset) per recipient per window. */
  mailLimitPerRecipient: number;
  mailLimitWindowSeconds: number;
  /** Open-call submissions per client address, and per e-mail address, per window (counted in PostgreSQL). */
  callSubmissionsPerAddress: number;
  callSubmissionsPerEmail: number;
  callSubmissionWindowSeconds: number;
  publicUrl: string;
  logLevel: string;
  /** Express's `trust proxy`: off, a hop count or the proxies' addresses and subnets; never a blanket true. */
  trustProxy: TrustProxy;
  /** The bearer token of `GET /api/metrics` (Prometheus); unset, the route is not there. */
  metricsToken?: string;
  webDist: string;
  smtpUrl?: string;
  mailFrom: string;
  retentionDays: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Samverkan cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the environment; throws a ConfigError that names each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // An empty variable (FOO=) means "not set", as in most twelve-factor apps.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const vars = plainToInstance(EnvironmentVariables, given, { excludeExtraneousValues: false });
  const errors = validateSync(vars, { skipMissingProperties: false, whitelist: false });
  const problems = errors.map((e) => `${e.property}=${JSON.stringify(String(e.value))}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  const trustProxy = parseTrustProxy(vars.TRUST_PROXY);
  if ('problem' in trustProxy) problems.push(`TRUST_PROXY=${JSON.stringify(vars.TRUST_PROXY)}: ${trustProxy.problem}`);
  if (vars.DATABASE_URL && !vars.JWT_SECRET) {
    problems.push('JWT_SECRET is required when DATABASE_URL is set (a random string of at least 32 characters).');
  }
  if (problems.length) throw new ConfigError(problems);

  const port = vars.PORT ?? 3000;
  return {
    port,
    host: vars.HOST ?? '0.0.0.0',
    workers: vars.WORKERS ?? availableParallelism(),
    databaseUrl: vars.DATABASE_URL,
    dataDir: resolve(vars.DATA_DIR ?? '.data'),
    embeddedPgPort: vars.EMBEDDED_PG_PORT ?? 54329,
    seedDemo: vars.SEED_DEMO ?? !vars.DATABASE_URL,
    jwtSecret: vars.JWT_SECRET,
    linkSecret: vars.LINK_SECRET,
    tokenTtlSeconds: vars.TOKEN_TTL_SECONDS ?? 8 * 3600,
    sessionIdleSeconds: vars.SESSION_IDLE_SECONDS ?? 3600,
    loginMaxFailuresPerAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5,
    loginMaxFailuresPerAddress: vars.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 50,
    loginMaxFailuresTotal: vars.LOGIN_MAX_FAILURES_TOTAL ?? 100,
    loginThrottleWindowSeconds: vars.LOGIN_THROTTLE_WINDOW_SECONDS ?? 900,
    rateLimitPerAddress: vars.RATE_LIMIT_PER_ADDRESS ?? 3000,
    rateLimitPerSubject: vars.RATE_LIMIT_PER_SUBJECT ?? 30,
    mailLimitPerRecipient: vars.MAIL_LIMIT_PER_RECIPIENT ?? 10,
    mailLimitWindowSeconds: vars.MAIL_LIMIT_WINDOW_SECONDS ?? 24 * 3600,
    callSubmissionsPerAddress: vars.CALL_SUBMISSIONS_PER_ADDRESS ?? 20,
    callSubmissionsPerEmail: vars.CALL_SUBMISSIONS_PER_EMAIL ?? 5,
    callSubmissionWindowSeconds: vars.CALL_SUBMISSION_WINDOW_SECONDS ?? 3600,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: vars.LOG_LEVEL ?? 'info',
    trustProxy: 'value' in trustProxy ? trustProxy.value : false,
    metricsToken: vars.METRICS_TOKEN,
    webDist: resolve(vars.WEB_DIST ?? 'dist/apps/web/browser'),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? 'Svenska Industrikommuner <noreply@svenskaindustrikommuner.se>',
    retentionDays: vars.RETENTION_DAYS ?? 90,
  };
}
