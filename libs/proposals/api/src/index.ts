export * from './lib/proposals.module';
export * from './lib/proposal.entity';
export * from './lib/proposals.service';
