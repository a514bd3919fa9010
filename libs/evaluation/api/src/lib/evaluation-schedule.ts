import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Jobs } from '@samverkan/shared/api-jobs';
import { EvaluationInvitations } from './evaluation-invitations.service';

export const EVALUATION_INVITATIONS_JOB = 'evaluation.invitations';

/**
 * Invites the participants of ended conferences on the job queue, every quarter of an hour (Stockholm
 * time). `inviteEnded` claims each conference in SQL, so the runs of several processes, a retried job
 * and staff pressing "send now" still mail each person once.
 */
@Injectable()
export class EvaluationSchedule implements OnModuleInit {
  private readonly logger = new Logger(EvaluationSchedule.name);

  constructor(
    private readonly jobs: Jobs,
    private readonly invitations: EvaluationInvitations,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: EVALUATION_INVITATIONS_JOB, cron: '*/15 * * * *', handle: () => this.run() });
  }

  async run(now = new Date()): Promise<void> {
    for (const { conferenceId, recipients } of await this.invitations.inviteEnded(now)) {
      this.logger.log(`Evaluation invitations for conference ${conferenceId}: ${recipients}`);
    }
  }
}
