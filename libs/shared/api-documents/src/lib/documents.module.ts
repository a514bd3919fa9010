import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DOCUMENTS_ENTITIES } from './document.entity';
import { DocumentParents } from './document-parents';
import { DocumentsService } from './documents.service';

/**
 * Global, so every domain module can inject `DocumentParents` and register its policy in
 * `onModuleInit`. The routes are in the API app (apps/api/src/platform/documents.controller.ts): they
 * read the caller through identity, which a shared library may not import.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(DOCUMENTS_ENTITIES)],
  providers: [DocumentParents, DocumentsService],
  exports: [DocumentParents, DocumentsService],
})
export class DocumentsModule {}
