import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StrategyVersionResponse } from '@samverkan/strategy/contract';
import { notFound } from '@samverkan/shared/api-http';
import { StrategyCitationsService } from '../citations/strategy-citations.service';
import { Strategy } from '../strategy.entity';
import { loadVersion } from '../versions/strategy-versions.query';
import { strategyPdf } from './strategy-pdf';
import { publicationOf, type PublicationLanguage } from './strategy-publication';

/** The adopted strategy as published: its text (public) and its PDF with the appendix built from the citations. */
@Injectable()
export class StrategyPublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly citations: StrategyCitationsService,
  ) {}

  /** The adopted version; 404 `strategy.none-current` when none is adopted. */
  async current(): Promise<StrategyVersionResponse> {
    const adopted = await this.dataSource.manager.findOne(Strategy, { where: { state: 'adopted' }, select: { id: true } });
    const version = adopted ? await loadVersion(this.dataSource.manager, adopted.id) : null;
    if (!version) throw notFound('strategy.none-current');
    return version;
  }

  async pdf(language: PublicationLanguage): Promise<{ body: Buffer; version: StrategyVersionResponse }> {
    const version = await this.current();
    const citations = await this.citations.resolved(version.id);
    return { body: await strategyPdf(publicationOf(version, citations, language)), version };
  }
}
