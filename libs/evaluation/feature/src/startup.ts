// What the start-up bundle needs from this library, and nothing else: the routes' entries. The text
// groups (index.ts) stay out of it; the pages resolve them from their lazy route files.
export * from './lib/evaluation.routes';
