import { Body, Controller, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UpdateProfileRequest, UserResponse } from '../users/dto/user.dto.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type SessionUser } from '../access/current-user.decorator.js';
import { LoginRequest, LoginResponse, RefreshRequest } from './dto/login.dto.js';
import { Public } from '../access/public.decorator.js';
import { PublicRateLimit } from '../access/public-rate-limit.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  /**
   * Limited per address twice: any 60 requests a minute (this route's RateLimit-* headers), and
   * failed sign-ins per account and per address over 15 minutes (LoginThrottleService).
   */
  @Public()
  @PublicRateLimit()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'Too many failed sign-ins; see the Retry-After header.' })
  login(@Body() request: LoginRequest, @Ip() ip: string): Promise<LoginResponse> {
    return this.auth.login(request, ip);
  }

  /** A new access token and a new refresh token for a current refresh token (which then stops working). */
  @Public()
  @PublicRateLimit()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse })
  refreshSession(@Body() request: RefreshRequest): Promise<LoginResponse> {
    return this.auth.refresh(request.refreshToken);
  }

  /** Ends this session: its access and refresh tokens stop working at once. */
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse()
  logout(@CurrentUser() session: SessionUser): Promise<void> {
    return this.auth.logout(session.sessionId);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponse })
  async getMe(@CurrentUser() session: SessionUser): Promise<UserResponse> {
    return this.users.describe(await this.users.getById(session.id));
  }

  /** Changes the signed-in user's name or language (the language switch is kept per user). */
  @Patch('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponse })
  async updateMe(@CurrentUser() session: SessionUser, @Body() changes: UpdateProfileRequest): Promise<UserResponse> {
    return this.users.describe(await this.users.updateProfile(session.id, changes));
  }
}
