import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { can, type UserResponse } from '@samverkan/identity/contract';
import { badRequest, notFound } from '@samverkan/shared/api-http';
import type { Page } from '@samverkan/shared/contract';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { hashPassword } from '../auth/passwords';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<Page<UserResponse>> {
    const [items, total] = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.organisation', 'o')
      .orderBy('lower(u.name)', 'ASC')
      .getManyAndCount();
    return { items: items.map(toUserResponse), total };
  }

  async create(body: CreateUserDto): Promise<UserResponse> {
    const passwordHash = await hashPassword(body.password);
    const { id } = await this.dataSource.getRepository(User).save({
      email: body.email,
      name: body.name,
      roles: body.roles,
      organisationId: body.organisationId ?? null,
      passwordHash,
      active: true,
    });
    return this.get(id);
  }

  async update(id: string, body: UpdateUserDto, actor: AuthenticatedUser): Promise<UserResponse> {
    // Keeps the association from locking itself out by accident: nobody takes away their own right to manage users.
    if (id === actor.id && ((body.roles && !can(body.roles, 'users.manage')) || body.active === false)) {
      throw badRequest('identity.cannot-demote-self', { errors: { roles: 'self' } });
    }
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const users = manager.getRepository(User);
      const user = await users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('identity.user-not-found');
      const { password: _password, ...fields } = body;
      void _password;
      await users.update({ id }, { ...fields, ...(passwordHash ? { passwordHash } : {}) });
      if (passwordHash || body.active === false) {
        await manager.getRepository(Session).update({ userId: id }, { revokedAt: new Date() });
      }
    });
    return this.get(id);
  }

  async get(id: string): Promise<UserResponse> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.organisation', 'o')
      .where('u.id = :id', { id })
      .getOne();
    if (!user) throw notFound('identity.user-not-found');
    return toUserResponse(user);
  }
}

export function toUserResponse(u: User): UserResponse {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: [...u.roles],
    active: u.active,
    organisationId: u.organisationId,
    organisationName: u.organisation?.name ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
