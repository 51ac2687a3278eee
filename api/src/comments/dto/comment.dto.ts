import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { UserSummary } from '../../users/dto/user.dto.js';
import { IsOmittable } from '../../common/validation/optional.js';

export class CreateCommentRequest {
  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'Plain text; "@Name" of a plan member mentions them.' })
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(5000)
  body: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50, uniqueItems: true, description: 'Members to mention, besides those named with @ in the text.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'mentionIds must not repeat a person' })
  @IsUUID('all', { each: true, message: 'each of mentionIds must be a UUID' })
  mentionIds?: string[];
}

export class UpdateCommentRequest {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(5000)
  body: string;

  @ApiProperty({ type: 'integer', description: 'The version this edit is based on; a stale one gets 409.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version: number;
}

export class CommentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) stepId: string;
  @ApiProperty({ type: UserSummary }) author: UserSummary;
  @ApiProperty({ type: 'string', nullable: true, description: 'Null once deleted (the comment stays as a tombstone).' }) body: string | null;
  @ApiProperty({ type: [UserSummary] }) mentions: UserSummary[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) editedAt: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) deletedAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Earlier wordings kept for this comment.' }) revisionCount: number;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class CommentListResponse {
  @ApiProperty({ type: [CommentResponse], description: 'Oldest first.' }) items: CommentResponse[];
}
