export * from './lib/strategy.module';
export * from './lib/strategy.entity';
export * from './lib/focus-areas.service';
export * from './lib/current-strategy.seed';
export * from './lib/current-focus-areas';
export * from './lib/versions/strategy-drafting.service';
export * from './lib/versions/adopted-areas-history';
export * from './lib/versions/focus-area-mapping';
