import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { hash, verify } from '@node-rs/argon2';
import { ApiException } from '../common/errors/api-exception.js';
import { toUserResponse } from '../users/dto/user.dto.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { LoginRequest, LoginResponse } from './dto/login.dto.js';

/** Verifying against this when the email is unknown keeps response times alike for both cases. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash('no account has this password'));

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  async login({ email, password }: LoginRequest): Promise<LoginResponse> {
    return this.sessionFor(await this.verifyCredentials(email, password));
  }

  /** The user with this email and password; 401 naming the password otherwise. */
  async verifyCredentials(email: string, password: string, manager?: EntityManager): Promise<User> {
    const user = await this.users.findByEmail(email, manager);
    const valid = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
    if (!user || !valid) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'The email or password is not correct.', [
        { field: 'password', message: 'The email or password is not correct.' },
      ]);
    }
    return user;
  }

  /** A signed session for a user whose identity has been established. */
  async sessionFor(user: User): Promise<LoginResponse> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, email: user.email });
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user: toUserResponse(user) };
  }
}
