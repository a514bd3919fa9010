import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { CheckInByCodeRequest } from '@samverkan/attendance/contract';
import { SingleLine, trim } from '@samverkan/shared/api-validation';

export class CheckInByCodeDto implements CheckInByCodeRequest {
  @ApiProperty({
    description: 'The check-in code the QR code holds (43 characters).',
    example: 'q3Vd0c1Yl3bW9kX2NoZWNrLWluLWNvZGUtZXhhbXBsZQ',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  code!: string;
}

export class CheckInSearchQueryDto {
  @ApiProperty({ description: 'Words of the name or the organisation (every word must match).', example: 'anna finspång' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @SingleLine()
  q!: string;
}
