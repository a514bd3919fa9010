import { ApiProperty } from '@nestjs/swagger';
import { IsDateTime } from '@samverkan/shared/api-validation';
import type { CopyConferenceRequest } from '@samverkan/conferences/contract';

export class CopyConferenceDto implements CopyConferenceRequest {
  @ApiProperty({
    format: 'date-time',
    example: '2028-04-11T09:00:00+02:00',
    description: 'When the copy starts; every other date moves with it.',
  })
  @IsDateTime()
  startsAt!: string;
}
