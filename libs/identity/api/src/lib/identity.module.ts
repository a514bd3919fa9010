import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { LinkTokens } from './links/link-tokens';
import { LoginThrottle } from './auth/login-throttle';
import { IDENTITY_OPTIONS, type IdentityOptions } from './auth/identity-options';
import { LoginAttempt } from './entities/login-attempt.entity';
import { PasswordReset } from './entities/password-reset.entity';
import { PasswordResetService } from './auth/password-reset.service';
import { Organisation } from './entities/organisation.entity';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

export const IDENTITY_ENTITIES = [Organisation, User, Session, LoginAttempt, PasswordReset];

@Module({})
export class IdentityModule {
  static register(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      // Secret links (LinkTokens) are made by several domains; the guard is global anyway.
      global: true,
      imports: [
        TypeOrmModule.forFeature(IDENTITY_ENTITIES),
        JwtModule.register({
          // A key object, not the string: jsonwebtoken otherwise tries the string as a public key (and
          // catches the error) on every request before it takes it as a secret.
          secret: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')),
          signOptions: { algorithm: 'HS256', issuer: options.issuer, audience: options.audience },
          // An allowlist of one: tokens signed with `none` or any other algorithm are refused.
          verifyOptions: { algorithms: ['HS256'], issuer: options.issuer, audience: options.audience },
        }),
      ],
      controllers: [AuthController, UsersController, OrganisationsController],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        AuthService,
        LoginThrottle,
        PasswordResetService,
        UsersService,
        OrganisationsService,
        LinkTokens,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      // The options too: domains that mail links read the public address from them.
      exports: [AuthService, OrganisationsService, LinkTokens, IDENTITY_OPTIONS],
    };
  }
}
