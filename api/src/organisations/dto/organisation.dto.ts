import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ISO_COUNTRY_CODES } from '../../plans/countries.js';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../organisation.entity.js';
import { trim } from '../../common/validation/trim.js';
import { IsOmittable } from '../../common/validation/optional.js';

export class CreateOrganisationRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Peer Voices Network' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind', description: 'opd: organisation of persons with lived experience.' })
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind: OrganisationKind;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-3 country code.', minLength: 3, maxLength: 3 })
  @IsOmittable()
  @IsIn(ISO_COUNTRY_CODES, { message: 'country must be an ISO 3166-1 alpha-3 code of a country' })
  country?: string;
}

export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' }) kind: OrganisationKind;
  @ApiProperty({ type: 'string', nullable: true }) country: string | null;
}

export class OrganisationListResponse {
  @ApiProperty({ type: [OrganisationResponse] }) items: OrganisationResponse[];
}

export const toOrganisationResponse = ({ id, name, kind, country }: Organisation): OrganisationResponse => ({ id, name, kind, country });
