import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ThemeResponse } from '@samverkan/conferences/contract';
import { resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import { notFound } from '@samverkan/shared/api-http';
import { Conference, Theme } from './conference.entity';
import { toThemeResponse } from './conference-view';
import type { CreateThemeDto, UpdateThemeDto } from './dto/conference.dto';

/** A conference's themes (staff): added at the end, each with focus areas of the current strategy. */
@Injectable()
export class ThemesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(conferenceId: string, body: CreateThemeDto): Promise<ThemeResponse> {
    const theme = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(Conference).existsBy({ id: conferenceId }))) throw notFound('conferences.not-found');
      const position = await manager.getRepository(Theme).countBy({ conferenceId });
      return manager.getRepository(Theme).save(
        manager.getRepository(Theme).create({
          conferenceId,
          titleSv: body.titleSv,
          titleEn: body.titleEn ?? null,
          descriptionSv: body.descriptionSv ?? null,
          descriptionEn: body.descriptionEn ?? null,
          position,
          focusAreas: await resolveCurrentFocusAreas(manager, body.focusAreaCodes),
        }),
      );
    });
    return toThemeResponse(theme);
  }

  async update(conferenceId: string, themeId: string, body: UpdateThemeDto): Promise<ThemeResponse> {
    const theme = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Theme);
      const existing = await repo.findOne({ where: { id: themeId, conferenceId }, relations: { focusAreas: true } });
      if (!existing) throw notFound('conferences.theme-not-found');
      const { focusAreaCodes, ...fields } = body;
      Object.assign(existing, fields);
      if (focusAreaCodes) existing.focusAreas = await resolveCurrentFocusAreas(manager, focusAreaCodes);
      return repo.save(existing);
    });
    return toThemeResponse(theme);
  }

  async remove(conferenceId: string, themeId: string): Promise<void> {
    const result = await this.dataSource.getRepository(Theme).delete({ id: themeId, conferenceId });
    if (!result.affected) throw notFound('conferences.theme-not-found');
  }
}
