import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxMessage, type OutboxAttachment } from './outbox-message.entity';
import { redactLinkSecrets } from './redact';
import { keptAttachment, sendableAttachment } from './attachments';

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** smtp(s)://user:pass@host:port; unset: mails stay in the outbox table (demo mode). */
  smtpUrl?: string;
  from: string;
  /** How often pending mails are retried; 0 turns the background loop off (tests flush by hand). */
  retryIntervalMs: number;
  maxAttempts: number;
  /** Mails nobody asked for, per recipient per window (recipient-limit.ts). */
  recipientLimit: { mails: number; windowSeconds: number };
}

export interface NewMail {
  to: string;
  subject: string;
  text: string;
  attachments?: OutboxAttachment[];
  subjectRef?: string;
}

@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {
    if (options.smtpUrl) this.transport = createTransport(options.smtpUrl);
  }

  onApplicationBootstrap(): void {
    if (this.options.retryIntervalMs > 0) {
      this.timer = setInterval(() => void this.flush(), this.options.retryIntervalMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flushing;
  }

  /** The status a new mail gets: `pending` (to be sent) with SMTP, `stored` (demo outbox) without. */
  get initialStatus(): 'pending' | 'stored' {
    return this.transport ? 'pending' : 'stored';
  }

  /** Writes mails inside the caller's transaction; nothing is sent before it commits. */
  async enqueue(manager: EntityManager, mails: NewMail[]): Promise<void> {
    if (!mails.length) return;
    await manager.getRepository(OutboxMessage).insert(
      mails.map((m) => ({
        to: m.to,
        subject: m.subject,
        text: m.text,
        attachments: m.attachments ?? [],
        subjectRef: m.subjectRef ?? null,
        status: this.initialStatus,
      })),
    );
  }

  /**
   * Many mails without attachments in one statement (a message to thousands of people): the rows
   * travel as arrays and unnest into the outbox inside the caller's transaction.
   */
  async enqueueMany(manager: EntityManager, mails: Omit<NewMail, 'attachments'>[]): Promise<void> {
    if (!mails.length) return;
    await manager.query(
      `INSERT INTO outbox_messages ("to", subject, text, subject_ref, status)
       SELECT m.to, m.subject, m.text, m.ref, $5 FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[]) AS m("to", subject, text, ref)`,
      [mails.map((m) => m.to), mails.map((m) => m.subject), mails.map((m) => m.text), mails.map((m) => m.subjectRef ?? null), this.initialStatus],
    );
  }

  /** Sends what is due, after a commit or on the retry timer. Never throws. */
  flush(): Promise<void> {
    if (!this.transport) return Promise.resolve();
    this.flushing ??= this.sendDue().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async sendDue(): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    try {
      for (;;) {
        // SKIP LOCKED: several API processes share the outbox without sending a mail twice.
        const sent = await this.dataSource.transaction(async (manager) => {
          const [message] = await manager
            .getRepository(OutboxMessage)
            .createQueryBuilder('m')
            .where(`m.status = 'pending' AND m.nextAttemptAt <= now()`)
            .orderBy('m.createdAt', 'ASC')
            .limit(1)
            .setLock('pessimistic_write')
            .setOnLocked('skip_locked')
            .getMany();
          if (!message) return false;
          try {
            await transport.sendMail({
              from: this.options.from,
              to: message.to,
              subject: message.subject,
              text: message.text,
              attachments: await Promise.all(message.attachments.map(sendableAttachment)),
            });
            // The recipient has the links now; the copy kept in the outbox loses their secrets.
            await manager.getRepository(OutboxMessage).update(
              { id: message.id },
              {
                status: 'sent',
                sentAt: new Date(),
                attempts: message.attempts + 1,
                lastError: null,
                subject: redactLinkSecrets(message.subject),
                text: redactLinkSecrets(message.text),
                attachments: message.attachments.map(keptAttachment),
              },
            );
          } catch (error) {
            const attempts = message.attempts + 1;
            const failed = attempts >= this.options.maxAttempts;
            await manager.getRepository(OutboxMessage).update(
              { id: message.id },
              {
                attempts,
                status: failed ? 'failed' : 'pending',
                lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
                // Back off: 1, 2, 4 … minutes.
                nextAttemptAt: new Date(Date.now() + 60_000 * 2 ** (attempts - 1)),
              },
            );
            this.logger.warn(`Mail ${message.id} not sent (attempt ${attempts}): ${String(error)}`);
          }
          return true;
        });
        if (!sent) return;
      }
    } catch (error) {
      this.logger.warn(`Outbox flush stopped: ${String(error)}`);
    }
  }
}
