export * from './lib/audit';
export * from './lib/audit-entry.entity';
export * from './lib/audit.responses';
