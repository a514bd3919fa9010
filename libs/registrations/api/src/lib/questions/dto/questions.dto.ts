import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  validate,
  ValidateNested,
} from 'class-validator';
import { QUESTION_KINDS, type QuestionInput, type QuestionKind, type QuestionOptionInput } from '@samverkan/registrations/contract';
import { badRequest } from '@samverkan/shared/api-http';
import { OptionalNotNull, OptionalText, SingleLine, trim } from '@samverkan/shared/api-validation';

/** At most this many questions per conference, and options per question. */
export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 30;

export class QuestionOptionDto implements QuestionOptionInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Kept when given; a new option gets one.' })
  @OptionalNotNull()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'Ja, till och från stationen' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Ange alternativet på svenska.' })
  @MaxLength(300)
  @SingleLine()
  labelSv!: string;

  @OptionalText(300)
  labelEn?: string | null;
}

export class QuestionDto implements QuestionInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Kept when given (a question of this conference); a new question gets one.' })
  @OptionalNotNull()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS, { message: 'Välj typ av fråga.' })
  kind!: QuestionKind;

  @ApiProperty({ example: 'Vill du åka med bussen från stationen?' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Skriv frågan på svenska.' })
  @MaxLength(300)
  @SingleLine()
  labelSv!: string;

  @OptionalText(300)
  labelEn?: string | null;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @ApiPropertyOptional({ type: () => QuestionOptionDto, isArray: true, description: 'Only for choice and choices: at least two.' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[];
}

/**
 * The body of PUT …/questions is an array, which the global pipe does not look into: this pipe checks
 * each element as the global pipe checks a body (unknown fields refused), and names the fields at fault
 * as `<index>.<field>`.
 */
@Injectable()
export class QuestionListPipe implements PipeTransform<unknown, Promise<QuestionDto[]>> {
  async transform(value: unknown): Promise<QuestionDto[]> {
    if (!Array.isArray(value)) throw badRequest('validation.failed', { errors: { body: 'isArray' } });
    if (value.length > MAX_QUESTIONS) throw badRequest('validation.failed', { errors: { body: 'arrayMaxSize' } });
    const errors: Record<string, string> = {};
    const items: QuestionDto[] = [];
    for (const [index, element] of value.entries()) {
      if (typeof element !== 'object' || element === null || Array.isArray(element)) {
        errors[String(index)] = 'isObject';
        continue;
      }
      const item = plainToInstance(QuestionDto, element);
      const found = await validate(item, { whitelist: true, forbidNonWhitelisted: true });
      flatten(found, String(index), errors);
      items.push(item);
    }
    if (Object.keys(errors).length) throw badRequest('validation.failed', { errors });
    return items;
  }
}

type Found = Awaited<ReturnType<typeof validate>>;

function flatten(found: Found, parent: string, into: Record<string, string>): void {
  for (const error of found) {
    const path = `${parent}.${error.property}`;
    const [code] = Object.keys(error.constraints ?? {});
    if (code) into[path] = code === 'whitelistValidation' ? 'unknown' : code;
    if (error.children?.length) flatten(error.children, path, into);
  }
}
