import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
  Matches,
} from 'class-validator';
import { EVALUATION_TEXT_MAX, type EvaluationAnswerRequest, type EvaluationSettingsRequest } from '@samverkan/evaluation/contract';
import { MAX_FOCUS_AREAS, FOCUS_AREA_CODE_PATTERN, FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';
import { IsDateTime, OptionalNotNull, OptionalText, SingleLine } from '@samverkan/shared/api-validation';

const MAX_SCORED_ITEMS = 100;

/** Whether every value of an object is a whole score 1–5, with at most MAX_SCORED_ITEMS keys of at most 64 characters. */
export function isScoreMap(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_SCORED_ITEMS &&
    entries.every(([key, score]) => key.length <= 64 && Number.isInteger(score) && (score as number) >= 1 && (score as number) <= 5)
  );
}

function IsScoreMap(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isScoreMap', validator: { validate: isScoreMap, defaultMessage: () => 'Poängen är 1–5 per programpunkt.' } },
    options,
  );
}

export class EvaluationAnswerDto implements EvaluationAnswerRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'The conference as a whole, 1–5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  overall!: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
    description: 'agendaItemId → 1–5, only for the person’s own programme items (their sign-ups among the published items).',
  })
  @OptionalNotNull()
  @IsObject()
  @IsScoreMap()
  sessions?: Record<string, number>;

  @OptionalText(EVALUATION_TEXT_MAX, { multiLine: true, description: 'What the association should keep.' })
  keep?: string | null;

  @OptionalText(EVALUATION_TEXT_MAX, { multiLine: true, description: 'What the association should change.' })
  change?: string | null;

  @ApiPropertyOptional({ ...FOCUS_AREA_CODE_SCHEMA, isArray: true, description: 'Focus areas the person wishes more of.' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_FOCUS_AREAS)
  @ArrayUnique()
  @Matches(FOCUS_AREA_CODE_PATTERN, { each: true, message: 'Okänt fokusområde.' })
  @SingleLine({ each: true })
  focusAreaCodes?: FocusAreaCode[];
}

export class EvaluationSettingsDto implements EvaluationSettingsRequest {
  @ApiProperty({ nullable: true, format: 'date-time', type: String, description: 'When the evaluation closes; null: the default.' })
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @IsDateTime()
  closesAt!: string | null;
}
