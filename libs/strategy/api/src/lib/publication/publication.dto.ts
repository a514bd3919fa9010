import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { PublicationLanguage } from './strategy-publication';

/** `?lang=` of the published strategy's PDF. */
export class PublicationQueryDto {
  @ApiPropertyOptional({
    enum: ['sv', 'en'],
    description: 'Language of the headings and area titles; the text itself is as adopted (Swedish).',
  })
  @IsOptional()
  @IsIn(['sv', 'en'])
  lang?: PublicationLanguage;
}
