export * from './lib/evaluation.module';
export * from './lib/evaluation.entity';
export * from './lib/evaluation-options';
export * from './lib/evaluation-invitations.service';
export * from './lib/evaluation-schedule';
