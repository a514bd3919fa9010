import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { MailService, RecipientLimit } from '@samverkan/shared/api-mail';
import { badRequest } from '@samverkan/shared/api-http';
import { PasswordReset } from '../entities/password-reset.entity';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { hashPassword } from './passwords';
import { resetMail } from './reset-mail';

const VALID_MINUTES = 60;
/** The same words whether or not the address has an account: no one learns who has one. */
export const RESET_REQUESTED =
  'Om adressen har ett konto hos oss har vi skickat ett mejl med en länk för att välja nytt lösenord. Länken gäller i en timme.';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * One statement for both answers: for a user id, closes the account's open links (a new link replaces
 * them), stores the new link's hash and queues its mail; for null it touches no row.
 */
const ISSUE_LINK = `
  WITH u AS (SELECT id, email FROM users WHERE id = $1::uuid),
  closed AS (UPDATE password_resets SET used_at = now() WHERE user_id IN (SELECT id FROM u) AND used_at IS NULL),
  issued AS (INSERT INTO password_resets (user_id, token_hash, expires_at, used_at) SELECT id, $2, $3, NULL FROM u)
  INSERT INTO outbox_messages ("to", subject, text, status, subject_ref, attachments)
  SELECT email, $4, $5, $6, 'user:' || id, '[]'::jsonb FROM u`;

/** "Forgot password": a single-use link by e-mail that lets the person choose a new password. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly recipientLimit: RecipientLimit,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * Sends a link to an active account's address. Both answers cost the same: a token is made and
   * hashed, the mail text built, and the same statements run whether or not the address has an
   * account (only which rows they touch differs), so the time taken says nothing about who has one.
   * The mail counts toward the recipient's limit of mails nobody asked for.
   */
  async request(emailInput: string): Promise<{ message: string }> {
    const email = emailInput.trim().toLowerCase();
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      const mayMail = await this.recipientLimit.allow(manager, email);
      const [user] = await manager.query<{ id: string; name: string }[]>(`SELECT id, name FROM users WHERE email = $1 AND active`, [email]);
      const mail = resetMail(user?.name ?? '', `${this.options.publicUrl}/aterstall-losenord/${token}`);
      await manager.query(ISSUE_LINK, [
        mayMail && user ? user.id : null,
        sha256(token),
        new Date(Date.now() + VALID_MINUTES * 60_000),
        mail.subject,
        mail.text,
        this.mail.initialStatus,
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
      if (!reset) throw badRequest('identity.reset-link-invalid', { errors: { token: 'invalid' } });
      const now = new Date();
      await manager.getRepository(PasswordReset).update({ id: reset.id }, { usedAt: now });
      await manager.getRepository(User).update({ id: reset.userId }, { passwordHash });
      await manager.getRepository(Session).update({ userId: reset.userId, revokedAt: IsNull() }, { revokedAt: now });
    });
  }
}
