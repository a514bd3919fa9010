export * from './lib/proposals.module';
export * from './lib/proposal.entity';
export * from './lib/proposal-rules';
export * from './lib/domain/proposal-decisions.service';
export * from './lib/calls/open-calls.module';
export * from './lib/calls/open-call-options';
export * from './lib/calls/call-submission-document.policy';
export * from './lib/gaps/programme-gaps';
