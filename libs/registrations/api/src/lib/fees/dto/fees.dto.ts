import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import {
  MAX_FEE_ORE,
  parseOrganisationNumber,
  type ConferenceFeesRequest,
  type FeePrice,
  type InvoiceDetails,
  type LateCancellationRule,
} from '@samverkan/registrations/contract';
import { IsDateTime, MultiLine, SingleLine, nullableText, trim } from '@samverkan/shared/api-validation';

/** A Swedish organisation number with a valid check digit (Luhn); error code `isOrganisationNumber`. */
function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOrganisationNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseOrganisationNumber(value) !== null,
        defaultMessage: () => 'Ange ett organisationsnummer med 10 siffror, t.ex. 212000-0142, och kontrollera siffrorna.',
      },
    },
    options,
  );
}

export class InvoiceDetailsDto implements InvoiceDetails {
  @ApiProperty({ example: '212000-0142', description: 'Swedish organisation number, NNNNNN-NNNN or 10 digits, Luhn-checked.' })
  @Transform(trim)
  @IsString()
  @SingleLine()
  @IsOrganisationNumber()
  organisationNumber!: string;

  @ApiProperty({ example: 'Box 123\n612 80 Finspång', description: 'The invoice address; line breaks allowed.' })
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'Ange fakturaadressen.' })
  @MaxLength(500)
  @MultiLine()
  address!: string;

  @ApiProperty({ example: 'KS-2031-04', description: 'The buyer’s reference, as the organisation wants it on the invoice.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange fakturareferensen.' })
  @MaxLength(200)
  @SingleLine()
  reference!: string;

  @ApiPropertyOptional({
    nullable: true,
    example: '0007:2120000142',
    description: 'Peppol participant ID: a four-digit scheme, a colon, the identifier.',
  })
  @IsOptional()
  @Transform(nullableText)
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(100)
  @SingleLine()
  @Matches(/^\d{4}:[A-Za-z0-9][A-Za-z0-9.:_-]*$/, { message: 'Ange Peppol-id som fyra siffror, kolon och id, t.ex. 0007:2120000142.' })
  peppolId?: string | null;
}

/** The registration's `invoice`: optional, nullable, validated as InvoiceDetailsDto when given. */
export function InvoiceDetailsField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: InvoiceDetailsDto,
      nullable: true,
      description: 'Required when a fee applies (GET …/fees/quote); ignored and not stored when none does.',
    }),
    IsOptional(),
    ValidateIf((_: unknown, v: unknown) => v !== null),
    ValidateNested(),
    Type(() => InvoiceDetailsDto),
  );
}

export class FeePriceDto implements FeePrice {
  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  organisationType!: OrganisationType;

  @ApiProperty({ description: 'The price for members of the association (organisations.member).' })
  @IsBoolean()
  member!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_FEE_ORE, description: 'Excluding VAT, in öre; 0 is free.' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEE_ORE)
  amountOre!: number;
}

export class LateCancellationRuleDto implements LateCancellationRule {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'A seat cancelled after this time is still invoiced; null: never.',
  })
  @ValidateIf((_, v) => v !== null)
  @IsDateTime()
  invoicedAfter!: string | null;

  @ApiProperty({ description: 'A confirmed person not checked in by the end of the conference is invoiced.' })
  @IsBoolean()
  noShowInvoiced!: boolean;
}

export class ConferenceFeesDto implements ConferenceFeesRequest {
  @ApiProperty({ type: FeePriceDto, isArray: true, description: 'The whole price list; a combination left out costs nothing.' })
  @IsArray()
  @ArrayMaxSize(ORGANISATION_TYPES.length * 2)
  @ValidateNested({ each: true })
  @Type(() => FeePriceDto)
  prices!: FeePriceDto[];

  @ApiProperty({ type: LateCancellationRuleDto })
  @ValidateNested()
  @Type(() => LateCancellationRuleDto)
  lateCancellation!: LateCancellationRuleDto;
}

export class FeeQuoteQueryDto {
  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  organisationType!: OrganisationType;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A known organisation: its membership decides between member and non-member prices.',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
