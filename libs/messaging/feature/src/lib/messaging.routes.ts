import type { Routes } from '@angular/router';

/**
 * The messaging domain's pages, each a lazy chunk: the staff's messages and reminders of a conference,
 * and the messages a person was sent (reached from their manage page).
 */
export const messagingRoutes: Routes = [
  {
    path: 'arbetsutskottet/konferenser/:id/utskick',
    loadChildren: () => import('./messaging-pages.routes').then((m) => m.staffMessagingRoutes),
  },
  {
    path: 'anmalan/:token/meddelanden',
    loadChildren: () => import('./messaging-pages.routes').then((m) => m.myMessagesRoutes),
  },
];
