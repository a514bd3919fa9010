import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { attendanceCheckInTexts } from './i18n/texts';

/** Check-in at the door (`attendance.check-in`). */
export const checkInRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('attendance.check-in')],
    resolve: { texts: textsResolver(attendanceCheckInTexts) },
    title: 'checkIn.title',
    loadComponent: () => import('./check-in/check-in-page').then((m) => m.CheckInPage),
  },
];
