import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { EntityManager, Repository } from 'typeorm';
import { conflict, notFound } from '../common/errors/api-exception.js';
import { toUserResponse, type UpdateProfileRequest, type UserOrganisation, type UserResponse } from './dto/user.dto.js';
import { User, type Language } from './user.entity.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  language?: Language;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findByEmail(email: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager
      .getRepository(User)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  async getById(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('The user');
    return user;
  }

  /** The organisation the user belongs to, if any. */
  async organisationOf(userId: string, manager: EntityManager = this.users.manager): Promise<UserOrganisation | null> {
    const [row] = (await manager.query(
      `SELECT o.id, o.name, o.kind FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    )) as UserOrganisation[];
    return row ?? null;
  }

  /** The account as its owner sees it. */
  async describe(user: User): Promise<UserResponse> {
    return toUserResponse(user, await this.organisationOf(user.id));
  }

  async count(manager: EntityManager = this.users.manager): Promise<number> {
    return manager.getRepository(User).count();
  }

  async create(input: NewUser, manager: EntityManager = this.users.manager): Promise<User> {
    const repository = manager.getRepository(User);
    if (await this.findByEmail(input.email, manager)) throw conflict('An account with this email already exists.', 'email');
    const user = repository.create({
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash: await hash(input.password),
      language: input.language ?? 'en',
      updatedAt: new Date(),
      version: 1,
    });
    return repository.save(user);
  }

  async updateProfile(id: string, changes: UpdateProfileRequest): Promise<User> {
    const user = await this.getById(id);
    if (changes.name !== undefined) user.name = changes.name.trim();
    if (changes.language !== undefined) user.language = changes.language;
    user.updatedAt = new Date();
    user.version += 1;
    return this.users.save(user);
  }
}
