import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserResponse } from '../../users/dto/user.dto.js';

export class LoginRequest {
  @ApiProperty({ example: 'owner@demo.org' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password: string;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: 'Exchange at POST /auth/refresh for a new access token; each one works once.' })
  refreshToken: string;

  @ApiProperty({ format: 'date-time', description: 'When the session ends and a new sign-in is needed.' })
  refreshExpiresAt: string;

  @ApiProperty({ type: UserResponse })
  user: UserResponse;
}

export class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'refreshToken must not be empty' })
  @MaxLength(200)
  refreshToken: string;
}
