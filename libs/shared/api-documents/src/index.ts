export * from './lib/document-parents';
export * from './lib/document.entity';
export * from './lib/documents.module';
export * from './lib/documents.service';
export * from './lib/documents.responses';
export * from './lib/dto/document-queries.dto';
export { cleanFileName } from './lib/file-name';
