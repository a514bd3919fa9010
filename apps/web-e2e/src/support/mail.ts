import { expect, type APIRequestContext } from '@playwright/test';
import type { OutboxMessageResponse } from '@samverkan/registrations/contract';
import { authHeaders } from './agenda';
import { DEMO_ACCOUNTS } from './session';

/** The mails to one address in the demo outbox, newest first, read as an administrator through the API. */
export async function mailsTo(request: APIRequestContext, to: string): Promise<OutboxMessageResponse[]> {
  const headers = await authHeaders(request, DEMO_ACCOUNTS.admin.email);
  const response = await request.get('/api/outbox', { headers, params: { to } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: OutboxMessageResponse[] }).items;
}

/** The path (/aterstall-losenord/<token>) of the newest password-reset link mailed to an address. */
export async function latestPasswordResetPath(request: APIRequestContext, to: string): Promise<string> {
  let path: string | undefined;
  await expect
    .poll(async () => {
      const mail = (await mailsTo(request, to)).find((item) => item.text.includes('/aterstall-losenord/'));
      path = mail?.text.match(/\/aterstall-losenord\/[A-Za-z0-9_-]+/)?.[0];
      return path;
    })
    .toBeTruthy();
  return path as string;
}
