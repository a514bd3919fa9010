import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Opens the visitor's e-mail program; a seam so tests need not navigate the page. */
@Injectable({ providedIn: 'root' })
export class MailClient {
  private readonly document = inject(DOCUMENT);

  open(to: string, subject: string, body: string): void {
    const url = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
    this.document.location.href = url;
  }
}
