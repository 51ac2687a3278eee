import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { toUserResponse, UpdateProfileRequest, UserResponse } from '../users/dto/user.dto.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { LoginRequest, LoginResponse } from './dto/login.dto.js';
import { Public } from '../access/public.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse })
  login(@Body() request: LoginRequest): Promise<LoginResponse> {
    return this.auth.login(request);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponse })
  async getMe(@CurrentUser() session: SessionUser): Promise<UserResponse> {
    return toUserResponse(await this.users.getById(session.id));
  }

  /** Changes the signed-in user's name or language (the language switch is kept per user). */
  @Patch('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponse })
  async updateMe(@CurrentUser() session: SessionUser, @Body() changes: UpdateProfileRequest): Promise<UserResponse> {
    return toUserResponse(await this.users.updateProfile(session.id, changes));
  }
}
