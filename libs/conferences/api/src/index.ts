export * from './lib/conferences.module';
export * from './lib/conference.entity';
export * from './lib/conference-events';
export * from './lib/conference-rules';
export * from './lib/conference-view';
export * from './lib/conferences.service';
export * from './lib/copy/id-map';
export * from './lib/copy/stockholm-shift';
