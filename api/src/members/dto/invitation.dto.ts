import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LoginResponse } from '../../auth/dto/login.dto.js';
import { MIN_PASSWORD_LENGTH } from '../../auth/password-policy.js';
import { ROLES, type Role } from '../../plans/plan.entity.js';
import { UserSummary } from '../../users/dto/user.dto.js';
import { LANGUAGES, type Language } from '../../users/user.entity.js';
import { trim } from '../../common/validation/trim.js';
import { IsOmittable } from '../../common/validation/optional.js';

export class CreateInvitationRequest {
  @ApiProperty({ example: 'coordinator@peer-voices.example' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    enumName: 'Language',
    description: 'The language of the invitation email and of the invitee’s new account; the inviter’s own language by default.',
  })
  @IsOmittable()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language' }) language: Language;
  @ApiProperty({ type: UserSummary }) invitedBy: UserSummary;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class CreatedInvitationResponse extends InvitationResponse {
  @ApiProperty({ description: 'The link the invitee follows; shown once, and emailed to them.' }) acceptUrl: string;
  @ApiProperty({ description: 'Whether the email could be handed to the mail server.' }) emailSent: boolean;
}

export class InvitationListResponse {
  @ApiProperty({ type: [InvitationResponse] }) items: InvitationResponse[];
}

export class InvitationPreviewResponse {
  @ApiProperty() planTitle: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty() invitedByName: string;
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', description: 'The language the invitation was written in; the acceptance page may start in it.' })
  language: Language;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'True when the email already has an account: accepting then needs its password.' }) accountExists: boolean;
}

export class AcceptInvitationRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'Your name (ignored when the email already has an account).' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 200,
    description: `A new password (at least ${MIN_PASSWORD_LENGTH} characters, not a common one), or the existing account’s password.`,
  })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password: string;
}

export class AcceptInvitationResponse {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ type: LoginResponse }) session: LoginResponse;
}
