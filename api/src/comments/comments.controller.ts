import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, PlanRole, type SessionUser } from '../access/current-user.decorator.js';
import { PlanAccess } from '../access/plan-access.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import type { Role } from '../plans/plan.entity.js';
import { CommentsService } from './comments.service.js';
import { CommentListResponse, CommentResponse, CreateCommentRequest, UpdateCommentRequest } from './dto/comment.dto.js';

@ApiTags('comments')
@Controller('plans/:planId/steps/:stepId/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @PlanAccess('plan.read')
  @ApiOkResponse({ type: CommentListResponse })
  async listComments(@UuidParam('planId') planId: string, @UuidParam('stepId') stepId: string): Promise<CommentListResponse> {
    return { items: await this.comments.list(planId, stepId) };
  }

  @Post()
  @PlanAccess('comment.write')
  @ApiCreatedResponse({ type: CommentResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  createComment(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: CreateCommentRequest,
  ): Promise<CommentResponse> {
    return this.comments.create(planId, stepId, user.id, request);
  }

  /** Edits your own comment; the earlier wording is kept. */
  @Patch(':commentId')
  @PlanAccess('comment.write')
  @ApiOkResponse({ type: CommentResponse })
  @ApiConflictResponse({ type: ErrorResponse })
  updateComment(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @UuidParam('commentId') commentId: string,
    @CurrentUser() user: SessionUser,
    @Body() request: UpdateCommentRequest,
  ): Promise<CommentResponse> {
    return this.comments.update(planId, stepId, commentId, user.id, request);
  }

  /** Deletes your own comment (owners may delete any): a tombstone stays in the thread. */
  @Delete(':commentId')
  @HttpCode(204)
  @PlanAccess('comment.write')
  @ApiNoContentResponse()
  deleteComment(
    @UuidParam('planId') planId: string,
    @UuidParam('stepId') stepId: string,
    @UuidParam('commentId') commentId: string,
    @CurrentUser() user: SessionUser,
    @PlanRole() role: Role,
  ): Promise<void> {
    return this.comments.remove(planId, stepId, commentId, user.id, role);
  }
}
