import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { LoginResponse, Role, UserSummary } from '@samverkan/identity/contract';
import { preparedQuery } from '@samverkan/shared/api-database';
import { AppError, isUuid, refused } from '@samverkan/shared/api-http';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import type { AuthenticatedUser } from './authenticated-user';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';

interface TokenPayload {
  sub: string;
  jti: string;
}

/** Touching last_seen_at on every request would write on every read; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

/** A session and its user, as `authenticate` checks them. */
const SESSION_OF_TOKEN = `SELECT s.id, s.user_id AS "userId", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
        s.revoked_at AS "revokedAt", u.email, u.name, u.roles, u.active
   FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`;
interface SessionOfToken {
  id: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<LoginResponse> {
    const email = emailInput.trim().toLowerCase();
    const attempt = await this.throttle.begin(email, address);

    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const valid = user && user.active ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    if (!user || !valid) throw new AppError(401, 'identity.wrong-credentials');
    await this.throttle.succeeded(attempt);

    const now = new Date();
    const session = await this.dataSource.getRepository(Session).save({
      userId: user.id,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.options.tokenTtlSeconds * 1000),
      revokedAt: null,
    });
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies Partial<TokenPayload>, {
      jwtid: session.id,
      expiresIn: this.options.tokenTtlSeconds,
    });
    return { accessToken, expiresIn: this.options.tokenTtlSeconds, user: toSummary(user) };
  }

  /** Checks signature, claims and the session behind the token; returns the caller or throws 401. */
  async authenticate(token: string): Promise<AuthenticatedUser> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw sessionEnded();
    }
    if (typeof payload.sub !== 'string' || !isUuid(payload.jti)) throw sessionEnded();
    // Every authenticated request reads this: one prepared query, no entity building.
    const [session] = await preparedQuery<SessionOfToken>(this.dataSource, 'session-of-token', SESSION_OF_TOKEN, [payload.jti]);
    const now = Date.now();
    if (
      !session ||
      session.userId !== payload.sub ||
      session.revokedAt ||
      !session.active ||
      session.expiresAt.getTime() <= now ||
      session.lastSeenAt.getTime() + this.options.idleTimeoutSeconds * 1000 <= now
    ) {
      throw sessionEnded();
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    const { userId: id, email, name, roles } = session;
    return { id, email, name, roles, sessionId: session.id };
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: user.sessionId }, { revokedAt: new Date() });
  }

  /** A wrong current password counts as a failed login for the account from this address. */
  async changePassword(user: AuthenticatedUser, currentPassword: string, newPassword: string, address: string): Promise<void> {
    const attempt = await this.throttle.begin(user.email, address);
    const stored = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
      throw refused('identity.wrong-password', { errors: { currentPassword: 'wrong' } });
    }
    await this.throttle.succeeded(attempt);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update({ id: user.id }, { passwordHash });
      await manager.getRepository(Session).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  /** Ends every open session of a user (password set by an admin, user deactivated). */
  async revokeAllSessions(userId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

const sessionEnded = () => new AppError(401, 'identity.session-ended');

export function toSummary(user: Pick<User, 'id' | 'email' | 'name' | 'roles'>): UserSummary {
  return { id: user.id, email: user.email, name: user.name, roles: [...user.roles] as Role[] };
}
