import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CATALOGUE_V1, type CatalogueSeed } from './catalogue-v1.data.js';
import { CatalogueAreaRow, CatalogueStepRow, CatalogueVersion } from './catalogue.entities.js';

/** Every published catalogue, oldest first. A change of content is published as a new version. */
export const CATALOGUE_SEEDS: CatalogueSeed[] = [CATALOGUE_V1];

export const catalogueHash = (seed: CatalogueSeed) => createHash('sha256').update(JSON.stringify(seed)).digest('hex');

/**
 * Publishes catalogue versions that the database does not hold yet. A version already stored is
 * never rewritten: plans created from it keep pointing at exactly the text they were made from.
 */
@Injectable()
export class CatalogueSeeder {
  private readonly logger = new Logger('Catalogue');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(seeds: CatalogueSeed[] = CATALOGUE_SEEDS): Promise<number[]> {
    const published: number[] = [];
    for (const seed of seeds) {
      const inserted = await this.dataSource.transaction(async (manager) => {
        const stored = await manager.getRepository(CatalogueVersion).findOneBy({ version: seed.version });
        if (stored) {
          if (stored.contentHash !== catalogueHash(seed)) {
            this.logger.warn(
              `Catalogue v${seed.version} in the code differs from the published one; the published text is kept. Publish changes as a new version.`,
            );
          }
          return false;
        }
        await manager.insert(CatalogueVersion, {
          version: seed.version,
          label: seed.label,
          source: seed.source,
          contentHash: catalogueHash(seed),
        });
        await manager.insert(
          CatalogueAreaRow,
          seed.areas.map((area, index) => ({
            catalogueVersion: seed.version,
            key: area.key,
            position: index + 1,
            title: area.title,
            description: area.description,
            crossCutting: area.crossCutting,
          })),
        );
        let position = 0;
        await manager.insert(
          CatalogueStepRow,
          seed.areas.flatMap((area) =>
            area.steps.map((step) => ({
              catalogueVersion: seed.version,
              key: step.key,
              areaKey: area.key,
              position: ++position,
              title: step.title,
              description: step.description,
              principles: step.principles,
              serviceTypes: step.serviceTypes,
            })),
          ),
        );
        return true;
      });
      if (inserted) published.push(seed.version);
    }
    return published;
  }
}
