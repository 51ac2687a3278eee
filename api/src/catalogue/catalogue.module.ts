import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueAreaRow, CatalogueStepRow, CatalogueVersion } from './catalogue.entities.js';
import { CatalogueSeeder } from './catalogue.seeder.js';
import { CatalogueService } from './catalogue.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CatalogueVersion, CatalogueAreaRow, CatalogueStepRow])],
  controllers: [CatalogueController],
  providers: [CatalogueService, CatalogueSeeder],
  exports: [CatalogueService, CatalogueSeeder],
})
export class CatalogueModule {}
