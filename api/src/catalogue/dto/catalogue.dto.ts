import { ApiProperty } from '@nestjs/swagger';
import { AREA_KEYS, type AreaKey } from '../area-keys.js';
import { PRINCIPLES, SERVICE_TYPES, type Principle, type ServiceType } from '../catalogue-v1.data.js';

export class CatalogueStep {
  @ApiProperty({ example: 'LAW-02', description: 'The step key in the guidance catalogue: area key, dash, number.' })
  key: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: PRINCIPLES, enumName: 'Principle', isArray: true })
  principles: Principle[];

  @ApiProperty({ enum: SERVICE_TYPES, enumName: 'ServiceType', isArray: true })
  serviceTypes: ServiceType[];
}

export class CatalogueArea {
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey' })
  key: AreaKey;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ description: 'True for the social-sector theme that runs across the ten recommendation areas.' })
  crossCutting: boolean;

  @ApiProperty({ type: [CatalogueStep] })
  steps: CatalogueStep[];
}

export class CatalogueResponse {
  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'Where the catalogue comes from, to check it against the guidance.' })
  source: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  @ApiProperty({ type: [CatalogueArea] })
  areas: CatalogueArea[];
}
