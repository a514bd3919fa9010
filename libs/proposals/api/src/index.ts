export * from './lib/proposals.module';
export * from './lib/proposal.entity';
export * from './lib/proposal-rules';
export * from './lib/domain/proposal-decisions.service';
