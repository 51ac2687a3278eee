import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { toUserSummary, UserListResponse } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** People who can be assigned to steps. */
  @Get()
  @ApiOkResponse({ type: UserListResponse })
  async listUsers(): Promise<UserListResponse> {
    return { items: (await this.users.list()).map(toUserSummary) };
  }
}
