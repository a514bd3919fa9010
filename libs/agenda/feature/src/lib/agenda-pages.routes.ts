import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';
import { pageTextsResolver } from '@samverkan/shared/ui/startup';

/**
 * Adds the agenda pages' Swedish texts before the pages (and their titles) show. Swedish is the
 * fallback language, always loaded at start-up, so these merge into it; English holds every text.
 */
const pageTexts = pageTextsResolver(() => import('./i18n/pages-sv').then((m) => m.agendaPagesSv));

const staff = roleGuard('admin', 'working-committee');

/** Public: a conference's published programme (the :id comes from the parent entry). */
export const programmePageRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    resolve: { texts: pageTexts },
    title: 'programme.title',
    loadComponent: () => import('./programme/programme-page').then((m) => m.ProgrammePage),
  },
];

/** Public: one published programme item. */
export const programmeItemPageRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    resolve: { texts: pageTexts },
    title: 'programme.itemTitle',
    loadComponent: () => import('./programme/programme-item-page').then((m) => m.ProgrammeItemPage),
  },
];

/** Staff: the conferences whose programme can be edited. */
export const agendaConferenceListRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [staff],
    resolve: { texts: pageTexts },
    title: 'agendaEditor.listTitle',
    loadComponent: () => import('./editor/agenda-conference-list-page').then((m) => m.AgendaConferenceListPage),
  },
];

/** Staff: the programme editor of one conference. */
export const agendaEditorRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [staff],
    resolve: { texts: pageTexts },
    title: 'agendaEditor.routeTitle',
    loadComponent: () => import('./editor/agenda-editor-page').then((m) => m.AgendaEditorPage),
  },
];
