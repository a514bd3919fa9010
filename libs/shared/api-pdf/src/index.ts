export * from './lib/pdf-document';
export * from './lib/pdf-fonts';
export * from './lib/file-name';
