import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../organisations/organisation.entity.js';
import { LANGUAGES, type Language, type User } from '../user.entity.js';
import { IsOmittable } from '../../common/validation/optional.js';

export class UserSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;
}

export class UserOrganisation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' }) kind: OrganisationKind;
}

export class UserResponse extends UserSummary {
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', description: 'The language the user chose for the web app.' })
  language: Language;

  @ApiProperty({ type: UserOrganisation, nullable: true, description: 'The organisation the user belongs to (a donor’s home is the portfolio).' })
  organisation: UserOrganisation | null;
}

export class UpdateProfileRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, enumName: 'Language' })
  @IsOmittable()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: Language;
}

export const toUserSummary = (user: Pick<User, 'id' | 'name' | 'email'>): UserSummary => ({
  id: user.id,
  name: user.name,
  email: user.email,
});

export const toUserResponse = (user: User, organisation: UserOrganisation | null): UserResponse => ({
  ...toUserSummary(user),
  language: user.language,
  organisation,
});
