import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { UserResponse } from '@samverkan/identity/contract';
import type { Page } from '@samverkan/shared/contract';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user';
import { Requires } from '../auth/permission.decorator';
import { ApiErrorBody, IdParam } from '@samverkan/shared/api-http';
import * as R from '../dto/identity.responses';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Requires('users.manage')
  @ApiOkResponse({ type: R.UserPage })
  list(): Promise<Page<UserResponse>> {
    return this.users.list();
  }

  @Get(':id')
  @Requires('users.manage')
  @ApiOkResponse({ type: R.UserResponse })
  @ApiNotFoundResponse({ description: 'No such user.', type: ApiErrorBody })
  get(@IdParam() id: string): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Post()
  @Requires('users.manage')
  @ApiCreatedResponse({ type: R.UserResponse })
  @ApiConflictResponse({ description: 'The e-mail address is taken.', type: ApiErrorBody })
  create(@Body() body: CreateUserDto): Promise<UserResponse> {
    return this.users.create(body);
  }

  @Patch(':id')
  @Requires('users.manage')
  @ApiOkResponse({ type: R.UserResponse })
  @ApiNotFoundResponse({ description: 'No such user.', type: ApiErrorBody })
  update(@IdParam() id: string, @Body() body: UpdateUserDto, @CurrentUser() actor: AuthenticatedUser): Promise<UserResponse> {
    return this.users.update(id, body, actor);
  }
}
