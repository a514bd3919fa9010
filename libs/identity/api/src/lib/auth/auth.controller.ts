import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { LoginResponse, UserSummary } from '@samverkan/identity/contract';
import { AuthService, toSummary } from './auth.service';
import { CurrentUser, type AuthenticatedUser } from './authenticated-user';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';
import { Authenticated, Public } from './permission.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ description: 'Signed in: an access token and the user.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (the message does not say which).' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account or address.' })
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, address ?? 'unknown');
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.auth.logout(user);
  }

  @Get('me')
  @Authenticated()
  me(@CurrentUser() user: AuthenticatedUser): UserSummary {
    return toSummary(user);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }
}
