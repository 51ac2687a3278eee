import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../common/validation/iso-date.js';
import { IsNullable, IsOmittable } from '../../common/validation/optional.js';
import { trim } from '../../common/validation/trim.js';

export const SHARE_TIERS = ['public', 'donor'] as const;
export type ShareTier = (typeof SHARE_TIERS)[number];
export const SHARE_LINK_STATES = ['active', 'expired', 'revoked'] as const;
export type ShareLinkState = (typeof SHARE_LINK_STATES)[number];

/** The furthest ahead a link may be set to expire. */
export const MAX_SHARE_LINK_DAYS = 3 * 366;

export class CreateShareLinkRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Parliamentary health committee, March briefing' })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name: string;

  @ApiProperty({
    enum: SHARE_TIERS,
    enumName: 'ShareTier',
    description: 'public: headline figures, progress, indicators and budget totals, people only as their organisation. donor: also the budget by funder and line and the approved reports.',
  })
  @IsIn(SHARE_TIERS, { message: `tier must be one of ${SHARE_TIERS.join(', ')}` })
  tier: ShareTier;

  @ApiPropertyOptional({ description: 'Donor tier only: show people’s names (report authors, assignees) instead of their organisations. false by default.' })
  @IsOmittable()
  @IsBoolean({ message: 'showNames must be true or false' })
  showNames?: boolean;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    nullable: true,
    description: `The last day (UTC) the link works: today or later, at most ${MAX_SHARE_LINK_DAYS} days ahead. Null or left out: until revoked.`,
  })
  @IsNullable()
  @IsIsoDate({ message: 'expiresOn must be a date written YYYY-MM-DD' })
  expiresOn?: string | null;
}

export class ShareLinkCreator {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ShareLinkResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SHARE_TIERS, enumName: 'ShareTier' }) tier: ShareTier;
  @ApiProperty() showNames: boolean;
  @ApiProperty({ enum: SHARE_LINK_STATES, enumName: 'ShareLinkState' }) state: ShareLinkState;
  @ApiProperty({ type: ShareLinkCreator }) createdBy: ShareLinkCreator;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'The moment the link stops working (the end of expiresOn, UTC).' })
  expiresAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) lastOpenedAt: string | null;
  @ApiProperty({ type: 'integer' }) openCount: number;
}

export class CreatedShareLinkResponse extends ShareLinkResponse {
  @ApiProperty({ description: 'The link’s secret. It is shown this once: only its hash is kept.' }) token: string;
  @ApiProperty({ description: 'Where people open the link: the web app’s /share/{token}.' }) url: string;
}

export class ShareLinkListResponse {
  @ApiProperty({ type: [ShareLinkResponse], description: 'Newest first, revoked and expired ones included.' }) items: ShareLinkResponse[];
}
