import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { ChangePasswordRequest, LoginRequest } from '@samverkan/identity/contract';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@demo.samverkan.se' })
  @IsEmail({}, { message: 'Ange en giltig e-postadress.' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'samverkan-demo' })
  @IsString()
  @MinLength(1, { message: 'Ange lösenordet.' })
  @MaxLength(200)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'Lösenordet måste ha minst 12 tecken.' })
  @MaxLength(200)
  newPassword!: string;
}
