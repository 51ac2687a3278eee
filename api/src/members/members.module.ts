import { Module } from '@nestjs/common';
import { RateLimitCounter } from '../access/rate-limit.storage.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { InvitationAcceptanceController, PlanInvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { MembersController } from './members.controller.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [AuditModule, AuthModule, MailModule, UsersModule],
  controllers: [MembersController, PlanInvitationsController, InvitationAcceptanceController],
  providers: [MembersService, InvitationsService, RateLimitCounter],
})
export class MembersModule {}
