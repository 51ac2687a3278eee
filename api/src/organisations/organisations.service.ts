import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { conflict } from '../common/errors/api-exception.js';
import type { CreateOrganisationRequest } from './dto/organisation.dto.js';
import { Organisation } from './organisation.entity.js';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  list(): Promise<Organisation[]> {
    return this.organisations.find({ order: { name: 'ASC' } });
  }

  async create(request: CreateOrganisationRequest, createdBy: string | null, manager: EntityManager = this.organisations.manager): Promise<Organisation> {
    const repository = manager.getRepository(Organisation);
    const existing = await repository.createQueryBuilder('o').where('lower(o.name) = lower(:name)', { name: request.name }).getOne();
    if (existing) throw conflict(`An organisation called "${existing.name}" already exists.`, 'name');
    return repository.save(
      repository.create({ name: request.name, kind: request.kind, country: request.country ?? null, createdBy, updatedAt: new Date(), version: 1 }),
    );
  }
}
