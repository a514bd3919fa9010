import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { agendaPagesTexts } from './i18n/texts';

const pageTexts = textsResolver(agendaPagesTexts);

const editors = capabilityGuard('agenda.edit');

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
    canActivate: [editors],
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
    canActivate: [editors],
    resolve: { texts: pageTexts },
    title: 'agendaEditor.routeTitle',
    loadComponent: () => import('./editor/agenda-editor-page').then((m) => m.AgendaEditorPage),
  },
];

/** Staff: the speaker register. */
export const speakerRegisterRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [editors],
    resolve: { texts: pageTexts },
    title: 'speakerRegister.title',
    loadComponent: () => import('./speakers/speaker-register-page').then((m) => m.SpeakerRegisterPage),
  },
];

/** Public, behind a secret link: an invited speaker answers (the :token comes from the parent entry). */
export const speakerInvitationRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    resolve: { texts: pageTexts },
    title: 'speakerInvitation.title',
    loadComponent: () => import('./speakers/speaker-invitation-page').then((m) => m.SpeakerInvitationPage),
  },
];
