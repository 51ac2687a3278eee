import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoSeeder } from './demo.seeder.js';

@Module({ imports: [UsersModule, PlansModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
