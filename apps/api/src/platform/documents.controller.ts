import { Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { OptionalUser, Public, type AuthenticatedUser } from '@samverkan/identity/api';
import { ApiErrorBody, IdParam, SHAREABLE_CACHE_CONTROL } from '@samverkan/shared/api-http';
import {
  DocumentListQueryDto,
  DocumentsService,
  DocumentSummary,
  DocumentTokenQueryDto,
  DocumentUploaded,
  type DocumentActor,
} from '@samverkan/shared/api-documents';
import { DOCUMENT_PARENT_TYPES, MAX_DOCUMENT_BYTES, type DocumentSummary as Summary, type DocumentUploadedResponse } from '@samverkan/shared/contract';

const actor = (user: AuthenticatedUser | undefined, token?: string): DocumentActor => ({
  ...(user ? { user: { id: user.id, roles: user.roles } } : {}),
  ...(token ? { token } : {}),
});

const NOT_FOUND = 'An unknown parent type, parent or file, and one the caller may not see (`document.not-found`).';

/**
 * Files attached to meeting items, proposals, programme items, …: the routes are public, and the
 * parent's owner decides through its registered policy (shared/api-documents) who may read and attach.
 */
@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @Public()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: `The fields before the file (they are read first). At most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; the type is read from the bytes and must match the extension.`,
    schema: {
      type: 'object',
      required: ['parentType', 'parentId', 'file'],
      properties: {
        parentType: { type: 'string', enum: [...DOCUMENT_PARENT_TYPES] },
        parentId: { type: 'string', format: 'uuid' },
        token: { type: 'string', description: 'A secret link token that gives access to the parent.' },
        file: { type: 'string', format: 'binary', description: 'PDF, docx/xlsx/pptx, odt/ods/odp, doc/xls/ppt, PNG, JPEG, GIF, WebP, or UTF-8 text (.txt, .md, .csv).' },
      },
    },
  })
  @ApiCreatedResponse({ type: DocumentUploaded })
  @ApiNotFoundResponse({ description: NOT_FOUND, type: ApiErrorBody })
  @ApiPayloadTooLargeResponse({ description: 'Over 25 MB (`document.too-large`); nothing is kept.', type: ApiErrorBody })
  @ApiUnsupportedMediaTypeResponse({
    description: 'A type not accepted, an extension that does not match the bytes, an executable (`document.type-refused`); nothing is kept.',
    type: ApiErrorBody,
  })
  upload(@Req() req: Request, @OptionalUser() user?: AuthenticatedUser): Promise<DocumentUploadedResponse> {
    return this.documents.upload(req, actor(user));
  }

  @Get()
  @Public()
  @ApiOkResponse({
    type: DocumentSummary,
    isArray: true,
    description: '`public, max-age=0, must-revalidate` when the parent’s files are public (the same list for everyone), else `no-store`.',
  })
  @ApiNotFoundResponse({ description: NOT_FOUND, type: ApiErrorBody })
  async list(
    @Query() query: DocumentListQueryDto,
    @Res({ passthrough: true }) res: Response,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<Summary[]> {
    const { items, isPublic } = await this.documents.list(actor(user, query.token), query.parentType, query.parentId);
    // Public files are the same list for everyone: shareable, so a server-rendered page hands it to the browser.
    if (isPublic) res.setHeader('Cache-Control', SHAREABLE_CACHE_CONTROL);
    return items;
  }

  @Get(':id')
  @Public()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description:
      'The file, streamed, with the type read when it was uploaded, `X-Content-Type-Options: nosniff` and a sandboxing CSP; ' +
      '`Content-Disposition: attachment` (`inline` for PDF and images); `private, no-store` unless the parent’s files are public.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: NOT_FOUND, type: ApiErrorBody })
  async download(
    @IdParam() id: string,
    @Query() query: DocumentTokenQueryDto,
    @Res() res: Response,
    @OptionalUser() user?: AuthenticatedUser,
  ): Promise<void> {
    const opened = await this.documents.open(actor(user, query.token), id);
    const { document } = opened;
    res.status(200);
    res.setHeader('Content-Type', document.contentType.startsWith('text/') ? `${document.contentType}; charset=utf-8` : document.contentType);
    res.setHeader('Content-Length', String(document.size));
    res.setHeader('Content-Disposition', contentDisposition(document.fileName, { type: opened.inline ? 'inline' : 'attachment' }));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cache-Control', opened.isPublic ? 'public, max-age=300' : 'private, no-store');
    try {
      for await (const chunk of opened.chunks) {
        if (!res.write(chunk)) await once(res, 'drain');
      }
      res.end();
    } catch {
      // Headers are out: the only honest answer left is a cut connection.
      res.destroy();
    }
  }

  @Delete(':id')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted, with an audit entry (who, the file name and its parent).' })
  @ApiNotFoundResponse({ description: NOT_FOUND, type: ApiErrorBody })
  remove(@IdParam() id: string, @Query() query: DocumentTokenQueryDto, @OptionalUser() user?: AuthenticatedUser): Promise<void> {
    return this.documents.remove(actor(user, query.token), id);
  }
}
