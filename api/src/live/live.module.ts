import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LiveController } from './live.controller.js';
import { DATABASE_CONNECTION, PlanEventsBus, type DatabaseConnection } from './plan-events.bus.js';

@Module({})
export class LiveModule {
  static forRoot(connection: DatabaseConnection): DynamicModule {
    return {
      module: LiveModule,
      imports: [AuthModule],
      controllers: [LiveController],
      providers: [{ provide: DATABASE_CONNECTION, useValue: connection }, PlanEventsBus],
    };
  }
}
