import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoSeeder } from './demo.seeder.js';

@Module({ imports: [UsersModule, PlansModule, OrganisationsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
