import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import {
  LanguageService,
  errorInterceptor,
  loadTexts,
  mergeDictionaries,
  provideI18n,
  sharedTexts,
  type Dictionary,
  type Language,
  type TextGroup,
} from '@samverkan/shared/ui';
import { leafKeys } from '@samverkan/shared/testing';
import { firstValueFrom } from 'rxjs';

/**
 * What a page needs in a spec: the real texts (the shared ones and the groups given), the real
 * interceptors (errorInterceptor first, then those given, as in the app), a fake backend, no animations.
 */
export function testProviders(options: { texts: readonly TextGroup[]; interceptors?: readonly HttpInterceptorFn[] }): (Provider | EnvironmentProviders)[] {
  return [
    provideI18n({ texts: [sharedTexts, ...options.texts] }),
    provideHttpClient(withInterceptors([errorInterceptor, ...(options.interceptors ?? [])])),
    provideHttpClientTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Switches the UI language the way the app does, texts loaded (a spec awaits this before it renders). */
export async function useLanguage(language: Language): Promise<void> {
  await firstValueFrom(TestBed.inject(LanguageService).use(language));
  await firstValueFrom(TestBed.inject(TranslateService).use(language));
}

/** Removes dialogs a test left open (the overlay container outlives the fixture). */
export function closeOverlays(): void {
  document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
}

/** Lets a dialog that opens after a dynamic import (the confirm dialog) render. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

/** The texts of some groups in one language, merged: what the translation specs check. */
export async function loadDictionary(groups: readonly TextGroup[], language: Language): Promise<Dictionary> {
  return mergeDictionaries(await Promise.all(groups.map((group) => loadTexts(group, language))));
}

/**
 * The keys that a group has in one language and not in the other (`sv only: a.b`, `en only: c`):
 * each group's `<group>.en.ts` is typed after its `.sv.ts`, and this holds the same at run time.
 */
export async function keyDifferences(groups: readonly TextGroup[]): Promise<string[]> {
  const differences: string[] = [];
  for (const group of groups) {
    const [sv, en] = await Promise.all([loadTexts(group, 'sv'), loadTexts(group, 'en')]);
    const svKeys = new Set(leafKeys(sv));
    const enKeys = new Set(leafKeys(en));
    differences.push(...[...svKeys].filter((key) => !enKeys.has(key)).map((key) => `sv only: ${key}`));
    differences.push(...[...enKeys].filter((key) => !svKeys.has(key)).map((key) => `en only: ${key}`));
  }
  return differences;
}
