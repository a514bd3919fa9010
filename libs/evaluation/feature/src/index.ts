export * from './lib/evaluation.routes';
export * from './lib/i18n/texts';
