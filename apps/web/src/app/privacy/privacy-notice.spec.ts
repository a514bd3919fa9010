import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LanguageService, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { appPrivacyTexts, appShellTexts } from '../i18n/texts';
import { PrivacyNotice } from './privacy-notice';

describe('PrivacyNotice', () => {
  let fixture: ComponentFixture<PrivacyNotice>;

  async function render(language: 'sv' | 'en'): Promise<string> {
    TestBed.configureTestingModule({ providers: [provideI18n({ texts: [sharedTexts, appShellTexts, appPrivacyTexts] })] });
    await firstValueFrom(TestBed.inject(LanguageService).use(language));
    fixture = TestBed.createComponent(PrivacyNotice);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('gives legal bases that agree with the registration form, and what GDPR art. 13 and 14 ask for', async () => {
    const text = await render('sv');
    // Registration is a contract, not consent; the needs (health data) need their own explicit consent.
    expect(text).toContain('Den rättsliga grunden är avtalet om ditt deltagande (artikel 6.1 b');
    expect(text).toContain('Du samtycker alltså inte till detta');
    expect(text).toContain('uttryckligen har samtyckt (artikel 9.2 a)');
    expect(text).toContain('återkalla det när som helst');
    // Staff accounts and logs, recipients and processors, transfers, speakers proposed by others.
    expect(text).toContain('berättigade intresse av att sköta sitt arbete (artikel 6.1 f)');
    expect(text).toContain('berättigade intresse av spårbarhet och säkerhet');
    expect(text).toContain('personuppgiftsbiträden');
    expect(text).toContain('Vi för inte över uppgifterna till länder utanför EU och EES.');
    expect(text).toContain('Om någon annan föreslår dig som talare');
    expect(text).toContain('Uppgifterna kommer från den ledamot som lämnade förslaget.');
    // Firm retention periods, the lang cookie, restriction and portability.
    expect(text).toContain('anonymiseras 90 dagar efter att konferensen har slutat');
    expect(text).toContain('Inloggningsförsök sparas i 24 timmar.');
    expect(text).toContain('en enda kaka, lang');
    expect(text).toContain('begära att behandlingen begränsas');
    expect(text).toContain('dataportabilitet');
    const imy = (fixture.nativeElement as HTMLElement).querySelector(
      'a[href="https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/"]',
    );
    expect(imy?.textContent).toContain('Lämna ett klagomål till IMY');
  });

  it('says the same in English', async () => {
    const text = await render('en');
    expect(text).toContain('Article 6(1)(b) GDPR');
    expect(text).toContain('Article 9(2)(a)');
    expect(text).toContain('We do not transfer the data to countries outside the EU and the EEA.');
    expect(text).toContain('a single cookie, lang');
  });
});
