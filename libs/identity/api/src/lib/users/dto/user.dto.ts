import { trim, Email, OptionalNotNull, SingleLine } from '@samverkan/shared/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, type CreateUserRequest, type Role, type UpdateUserRequest } from '@samverkan/identity/contract';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'anna.andersson@finspang.se' })
  @Email()
  email!: string;

  @ApiProperty({ example: 'Anna Andersson' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Namnet måste ha minst 2 tecken.' })
  @MaxLength(200)
  @SingleLine()
  name!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'Lösenordet måste ha minst 12 tecken.' })
  @MaxLength(200)
  @SingleLine()
  password!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: 'Okänd roll.' })
  roles!: Role[];

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  organisationId?: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Namnet måste ha minst 2 tecken.' })
  @MaxLength(200)
  @SingleLine()
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: 'Okänd roll.' })
  roles?: Role[];

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ minLength: 12, description: "Sets a new password and ends the user's sessions." })
  @OptionalNotNull()
  @IsString()
  @MinLength(12, { message: 'Lösenordet måste ha minst 12 tecken.' })
  @MaxLength(200)
  @SingleLine()
  password?: string;
}
