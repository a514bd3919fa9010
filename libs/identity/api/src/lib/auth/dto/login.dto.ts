import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Email, SingleLine } from '@samverkan/shared/api-validation';
import type { ChangePasswordRequest, LoginRequest, PasswordResetConfirmRequest, PasswordResetRequest } from '@samverkan/identity/contract';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@demo.samverkan.se' })
  @Email()
  email!: string;

  @ApiProperty({ example: 'samverkan-demo' })
  @IsString()
  @MinLength(1, { message: 'Ange lösenordet.' })
  @MaxLength(200)
  @SingleLine()
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  currentPassword!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'Lösenordet måste ha minst 12 tecken.' })
  @MaxLength(200)
  @SingleLine()
  newPassword!: string;
}

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'utskott@demo.samverkan.se' })
  @Email()
  email!: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @ApiProperty({ description: 'The token from the link in the e-mail.' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  @SingleLine()
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'Lösenordet måste ha minst 12 tecken.' })
  @MaxLength(200)
  @SingleLine()
  password!: string;
}
