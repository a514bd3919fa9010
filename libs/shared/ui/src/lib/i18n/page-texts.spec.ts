import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { pageTextsResolver } from './page-texts';
import { provideI18n } from './provide-i18n';
import { sharedEn } from './shared-en';
import { sharedSv } from './shared-sv';

describe('pageTextsResolver', () => {
  it('merges the pages’ Swedish texts into the loaded ones, keeping the rest', async () => {
    TestBed.configureTestingModule({ providers: [provideI18n({ sv: [sharedSv], en: [sharedEn] })] });
    const translate = TestBed.inject(TranslateService);
    await firstValueFrom(translate.use('sv'));
    expect(translate.instant('staff.heading')).toBe('staff.heading');

    const resolve = pageTextsResolver(
      () => Promise.resolve({ staff: { heading: 'Deltagare' } }),
      () => Promise.resolve({ outbox: { heading: 'Utkorg' } }),
    );
    const result = await TestBed.runInInjectionContext(() => resolve({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
    expect(result).toBe(true);
    expect(translate.instant('staff.heading')).toBe('Deltagare');
    expect(translate.instant('outbox.heading')).toBe('Utkorg');
    expect(translate.instant('common.save')).toBe('Spara');
  });
});
