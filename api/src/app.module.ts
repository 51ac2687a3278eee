import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BudgetModule } from './budget/budget.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { CommentsModule } from './comments/comments.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { databaseOptions } from './database/database-options.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { LiveModule } from './live/live.module.js';
import { MembersModule } from './members/members.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PlansModule } from './plans/plans.module.js';
import { PortfolioModule } from './portfolio/portfolio.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SharingModule } from './sharing/sharing.module.js';
import { StepsModule } from './steps/steps.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, embedded = false): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(databaseOptions(databaseUrl, embedded)),
        AuthModule,
        UsersModule,
        CatalogueModule,
        PlansModule,
        StepsModule,
        AuditModule,
        OrganisationsModule,
        MembersModule,
        CommentsModule,
        ReportsModule,
        IndicatorsModule,
        BudgetModule,
        DashboardModule,
        PortfolioModule,
        SharingModule,
        NotificationsModule,
        RemindersModule,
        LiveModule.forRoot({ url: databaseUrl, embedded }),
        DemoModule,
        HealthModule,
      ],
    };
  }
}
