export * from './lib/base.entity';
export * from './lib/database-error';
export * from './lib/query-counter';
export * from './lib/snake-naming.strategy';
export * from './lib/prepared-query';
export * from './lib/window-counts';
export * from './lib/pg-pool';
