import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { provideI18n } from '../i18n/provide-i18n';
import { LanguageService } from '../i18n/language';
import { sharedTexts } from '../i18n/shared-texts';
import { textGroup } from '../i18n/texts';
import { confirmAction } from './confirm-action';

@Component({ template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

describe('confirmAction', () => {
  const testTexts = { test: { title: 'Radera {{name}}?', message: 'Det går inte att ångra.', confirm: 'Radera' } };
  const group = textGroup(
    () => Promise.resolve({ texts: testTexts }),
    () => Promise.resolve({ texts: testTexts }),
  );

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, group] }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).use('sv'));
  });

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = '')));

  async function open(): Promise<{ answer: Promise<boolean>; dialog: () => HTMLElement | null }> {
    const fixture = TestBed.createComponent(Host);
    const answer = firstValueFrom(
      confirmAction(fixture.componentInstance.dialog, {
        title: 'test.title',
        message: 'test.message',
        params: { name: 'Anna' },
        confirmLabel: 'test.confirm',
        destructive: true,
      }),
    );
    // The dialog component is imported on first use.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return { answer, dialog: () => document.querySelector('mat-dialog-container') };
  }

  it('asks in an alertdialog with translated texts and answers true on confirm', async () => {
    const { answer, dialog } = await open();
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(dialog()?.querySelector('h2')?.textContent).toContain('Radera Anna?');
    expect(dialog()?.textContent).toContain('Det går inte att ångra.');
    const buttons = Array.from(dialog()?.querySelectorAll('button') ?? []);
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Avbryt', 'Radera']);
    expect(buttons[0].hasAttribute('cdkFocusInitial')).toBe(true);
    buttons[1].click();
    await expect(answer).resolves.toBe(true);
  });

  it('answers false when cancelled', async () => {
    const { answer, dialog } = await open();
    (dialog()?.querySelector('button') as HTMLButtonElement).click();
    await expect(answer).resolves.toBe(false);
  });
});
