import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { messagingPagesTexts, messagingStaffTexts } from './i18n/texts';

/** Compose, preview and send; the sent messages; the reminders (`messages.send`). */
export const staffMessagingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('messages.send')],
    resolve: { texts: textsResolver(messagingStaffTexts) },
    title: 'messages.title',
    loadComponent: () => import('./compose/messages-page').then((m) => m.MessagesPage),
  },
];

/** What was sent to the holder of a manage link. */
export const myMessagesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    resolve: { texts: textsResolver(messagingPagesTexts) },
    title: 'myMessages.title',
    loadComponent: () => import('./mine/my-messages-page').then((m) => m.MyMessagesPage),
  },
];
