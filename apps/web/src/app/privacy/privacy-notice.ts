import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIVACY_EMAIL } from '../contact';

/** What the association does with personal data in Samverkan, and the rights people have (GDPR art. 13 and 14). */
@Component({
  selector: 'app-privacy-notice',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page sv-page--text">
      <h1>{{ 'privacy.heading' | translate }}</h1>
      <p class="sv-lead">{{ 'privacy.intro' | translate }}</p>
      @for (section of sections; track section.key) {
        <h2>{{ 'privacy.' + section.key + '.heading' | translate }}</h2>
        @for (paragraph of section.paragraphs; track paragraph) {
          <p>{{ 'privacy.' + section.key + '.' + paragraph | translate }}</p>
        }
      }
      <p>
        <a [href]="complaintUrl">{{ 'privacy.rights.complaintLink' | translate }}</a>
      </p>
      <h2>{{ 'privacy.contactHeading' | translate }}</h2>
      <p>
        {{ 'privacy.contact' | translate }}
        <a [href]="'mailto:' + email">{{ email }}</a
        >.
      </p>
      <p>{{ 'privacy.updated' | translate }}</p>
    </div>
  `,
})
export class PrivacyNotice {
  protected readonly email = PRIVACY_EMAIL;
  /** IMY's page for complaints. */
  protected readonly complaintUrl = 'https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/';
  /** The sections in order; each paragraph is a key under `privacy.<section>`. */
  protected readonly sections = [
    { key: 'registration', paragraphs: ['what', 'why', 'needs', 'shared'] },
    { key: 'speakers', paragraphs: ['text'] },
    { key: 'staff', paragraphs: ['what', 'logs'] },
    { key: 'recipients', paragraphs: ['text', 'transfers'] },
    { key: 'retention', paragraphs: ['registration', 'mail', 'logs', 'staff'] },
    { key: 'browser', paragraphs: ['text'] },
    { key: 'rights', paragraphs: ['text', 'manage', 'complaint'] },
  ];
}
