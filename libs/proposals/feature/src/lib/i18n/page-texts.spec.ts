import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { proposalsTestProviders } from '../../testing/test-providers';
import { pageTextsResolver } from '@samverkan/shared/ui/startup';

describe('pageTextsResolver', () => {
  it('adds page texts to the Swedish texts without losing those already there, also while English is in use', async () => {
    TestBed.configureTestingModule({ providers: proposalsTestProviders() });
    const translate = TestBed.inject(TranslateService);
    await firstValueFrom(translate.use('en'));
    const resolve = pageTextsResolver(() => Promise.resolve({ test: { page: 'Sidans text' } }));
    const resolved = await TestBed.runInInjectionContext(() => resolve({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
    expect(resolved).toBe(true);

    await firstValueFrom(translate.use('sv'));
    expect(translate.instant('test.page')).toBe('Sidans text');
    expect(translate.instant('proposals.heading')).toBe('Förslag');
    expect(translate.instant('common.save')).toBe('Spara');
  });
});
