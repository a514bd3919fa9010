import type { Route, Routes } from '@angular/router';
import { agendaRoutes } from './agenda.routes';
import { lookup } from '@samverkan/shared/testing';
import { texts as agendaPagesSv } from './i18n/pages.sv';

async function children(route: Route): Promise<Routes> {
  const loaded = await (route.loadChildren as () => Promise<Routes>)();
  return loaded;
}

describe('agendaRoutes', () => {
  it('keeps every page out of the start-up bundle (only lazy entries)', () => {
    expect(agendaRoutes.map((route) => route.path)).toEqual([
      'konferenser/:id/program',
      'program/punkt/:itemId',
      'arbetsutskottet/program',
      'arbetsutskottet/talare',
      'talare/:token',
      'arbetsutskottet/konferenser/:id/program',
    ]);
    for (const route of agendaRoutes) {
      expect([route.path, typeof route.loadChildren, route.component, route.loadComponent]).toEqual([
        route.path,
        'function',
        undefined,
        undefined,
      ]);
    }
  });

  it('guards the staff pages only, loads the texts first and titles each page with a known key', async () => {
    const guarded: string[] = [];
    for (const entry of agendaRoutes) {
      const [page] = await children(entry);
      expect(page.resolve?.['texts']).toBeDefined();
      expect(typeof lookup(agendaPagesSv, page.title as string)).toBe('string');
      expect(typeof page.loadComponent).toBe('function');
      if (page.canActivate?.length) guarded.push(entry.path as string);
    }
    expect(guarded).toEqual(['arbetsutskottet/program', 'arbetsutskottet/talare', 'arbetsutskottet/konferenser/:id/program']);
  });
});
