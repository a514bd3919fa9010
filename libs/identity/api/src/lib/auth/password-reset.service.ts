import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { MailService } from '@samverkan/shared/api-mail';
import { PasswordReset } from '../entities/password-reset.entity';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { hashPassword } from './passwords';

const VALID_MINUTES = 60;
/** The same words whether or not the address has an account: no one learns who has one. */
export const RESET_REQUESTED =
  'Om adressen har ett konto hos oss har vi skickat ett mejl med en länk för att välja nytt lösenord. Länken gäller i en timme.';
const INVALID_LINK = 'Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** "Forgot password": a single-use link by e-mail that lets the person choose a new password. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Sends a link to an active account's address; does the same amount of talking either way. */
  async request(emailInput: string): Promise<{ message: string }> {
    const email = emailInput.trim().toLowerCase();
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneBy({ email, active: true });
      if (!user) return;
      const token = randomBytes(32).toString('base64url');
      // A new link replaces any earlier one that is still open.
      await manager.getRepository(PasswordReset).update({ userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.getRepository(PasswordReset).insert({
        userId: user.id,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000),
        usedAt: null,
      });
      await this.mail.enqueue(manager, [
        {
          to: user.email,
          subject: 'Välj nytt lösenord i Samverkan',
          text: [
            `Hej ${user.name},`,
            '',
            'Någon (förhoppningsvis du) bad om att få välja ett nytt lösenord till ditt konto i Samverkan.',
            `Öppna länken inom en timme för att välja ett nytt lösenord:`,
            `${this.options.publicUrl}/aterstall-losenord/${token}`,
            '',
            'Bad du inte om det? Då kan du bortse från det här mejlet; ditt lösenord är oförändrat.',
            '',
            '— Svenska Industrikommuner',
          ].join('\n'),
          subjectRef: `user:${user.id}`,
        },
      ]);
    });
    setTimeout(() => void this.mail.flush(), 200).unref();
    return { message: RESET_REQUESTED };
  }

  /** Sets the new password, uses up the link and ends every session of the account. */
  async confirm(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const reset = await manager
        .getRepository(PasswordReset)
        .createQueryBuilder('r')
        .innerJoinAndSelect('r.user', 'u')
        .setLock('pessimistic_write', undefined, ['r'])
        .where('r.tokenHash = :hash AND r.usedAt IS NULL AND r.expiresAt > now() AND u.active', { hash: sha256(token) })
        .getOne();
      if (!reset) throw new BadRequestException({ message: INVALID_LINK, errors: { token: 'invalid' } });
      const now = new Date();
      await manager.getRepository(PasswordReset).update({ id: reset.id }, { usedAt: now });
      await manager.getRepository(User).update({ id: reset.userId }, { passwordHash });
      await manager.getRepository(Session).update({ userId: reset.userId, revokedAt: IsNull() }, { revokedAt: now });
    });
  }
}
