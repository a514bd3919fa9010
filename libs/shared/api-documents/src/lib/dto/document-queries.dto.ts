import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DOCUMENT_PARENT_TYPES } from '@samverkan/shared/contract';
import { SingleLine } from '@samverkan/shared/api-validation';

/** `?token=` of a file's address: a secret link that lets its holder read (speakers, submitters). */
export class DocumentTokenQueryDto {
  @ApiPropertyOptional({ description: 'A secret link token that gives access to the parent.', maxLength: 200 })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  token?: string;
}

/** The files of one parent. An unknown type or parent answers 404, like one the caller may not see. */
export class DocumentListQueryDto extends DocumentTokenQueryDto {
  @ApiProperty({ enum: DOCUMENT_PARENT_TYPES })
  @IsString()
  @SingleLine()
  @MaxLength(30)
  parentType!: string;

  @ApiProperty({ format: 'uuid' })
  @IsString()
  @SingleLine()
  @MaxLength(36)
  parentId!: string;
}
