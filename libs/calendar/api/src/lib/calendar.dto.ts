import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { CalendarLanguage } from '@samverkan/calendar/contract';

export class CalendarQueryDto {
  @ApiPropertyOptional({ enum: ['sv', 'en'], description: 'Language of titles and texts; Swedish when left out.' })
  @IsOptional()
  @IsIn(['sv', 'en'], { message: 'lang ska vara sv eller en.' })
  lang?: CalendarLanguage;
}
