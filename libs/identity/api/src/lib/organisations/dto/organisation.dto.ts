import { trim, OptionalNotNull, PatchType, SingleLine } from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  ORGANISATION_TYPES,
  type CreateOrganisationRequest,
  type OrganisationType,
  type UpdateOrganisationRequest,
} from '@samverkan/identity/contract';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Finspångs kommun' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Namnet måste ha minst 2 tecken.' })
  @MaxLength(200)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES, { message: 'Välj en organisationstyp.' })
  type!: OrganisationType;

  @ApiPropertyOptional({ description: 'A member municipality of the association.' })
  @OptionalNotNull()
  @IsBoolean()
  member?: boolean;
}

export class UpdateOrganisationDto extends PatchType(CreateOrganisationDto) implements UpdateOrganisationRequest {}

export class OrganisationQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  search?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  offset?: number;
}
