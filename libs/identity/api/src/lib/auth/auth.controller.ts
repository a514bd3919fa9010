import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { LoginResponse, UserSummary } from '@samverkan/identity/contract';
import { AuthService, toSummary } from './auth.service';
import { CurrentUser, type AuthenticatedUser } from './authenticated-user';
import { ChangePasswordDto, LoginDto, PasswordResetConfirmDto, PasswordResetDto } from './dto/login.dto';
import { ApiErrorBody } from '@samverkan/shared/api-http';
import * as R from '../dto/identity.responses';
import { PasswordResetService } from './password-reset.service';
import { Authenticated, Public } from './permission.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ description: 'Signed in: an access token and the user.', type: R.LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (the message does not say which).', type: ApiErrorBody })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts for this account from this address, from this address, or for this account from new addresses.',
    type: ApiErrorBody,
  })
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, address ?? 'unknown');
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Signed out: the token no longer works.' })
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.auth.logout(user);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ description: 'The signed-in user.', type: R.UserSummary })
  me(@CurrentUser() user: AuthenticatedUser): UserSummary {
    return toSummary(user);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'The password is changed.' })
  @ApiUnprocessableEntityResponse({ description: 'The current password is wrong (`errors.currentPassword`).', type: ApiErrorBody })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords for this account from this address.', type: ApiErrorBody })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto, @Ip() address: string): Promise<void> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword, address ?? 'unknown');
  }

  @Post('password-reset')
  @HttpCode(202)
  @Public()
  @ApiAcceptedResponse({
    description: 'The same answer whether or not the address has an account; a link is mailed if it does.',
    type: R.PasswordResetRequested,
  })
  requestReset(@Body() body: PasswordResetDto): Promise<{ message: string }> {
    return this.resets.request(body.email);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'The new password is set; every session of the account has ended.' })
  @ApiBadRequestResponse({ description: 'The link is unknown, used or older than an hour.', type: ApiErrorBody })
  confirmReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.resets.confirm(body.token, body.password);
  }
}
