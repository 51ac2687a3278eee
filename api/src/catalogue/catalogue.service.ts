import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/api-exception.js';
import { CatalogueAreaRow, CatalogueStepRow, CatalogueVersion } from './catalogue.entities.js';
import type { AreaKey } from './area-keys.js';
import type { CatalogueResponse } from './dto/catalogue.dto.js';

@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latestVersion(manager: EntityManager = this.dataSource.manager): Promise<CatalogueVersion> {
    const [latest] = await manager.getRepository(CatalogueVersion).find({ order: { version: 'DESC' }, take: 1 });
    if (!latest) throw notFound('The catalogue');
    return latest;
  }

  async steps(version: number, manager: EntityManager = this.dataSource.manager): Promise<CatalogueStepRow[]> {
    return manager.getRepository(CatalogueStepRow).find({ where: { catalogueVersion: version }, order: { position: 'ASC' } });
  }

  async getCatalogue(): Promise<CatalogueResponse> {
    const version = await this.latestVersion();
    const [areas, steps] = await Promise.all([
      this.dataSource.getRepository(CatalogueAreaRow).find({ where: { catalogueVersion: version.version }, order: { position: 'ASC' } }),
      this.steps(version.version),
    ]);
    return {
      version: version.version,
      label: version.label,
      source: version.source,
      publishedAt: version.publishedAt.toISOString(),
      areas: areas.map((area) => ({
        key: area.key as AreaKey,
        title: area.title,
        description: area.description,
        crossCutting: area.crossCutting,
        steps: steps
          .filter((step) => step.areaKey === area.key)
          .map(({ key, title, description, principles, serviceTypes }) => ({ key, title, description, principles, serviceTypes })),
      })),
    };
  }
}
