import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIVACY_EMAIL } from '../contact';

/** What the association does with personal data in Samverkan, and the rights people have (GDPR art. 13). */
@Component({
  selector: 'app-privacy-notice',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page sv-page--text">
      <h1>{{ 'privacy.heading' | translate }}</h1>
      <p class="sv-lead">{{ 'privacy.intro' | translate }}</p>

      <h2>{{ 'privacy.registrationHeading' | translate }}</h2>
      <p>{{ 'privacy.registrationWhat' | translate }}</p>
      <p>{{ 'privacy.registrationNeeds' | translate }}</p>
      <p>{{ 'privacy.registrationWhy' | translate }}</p>
      <p>{{ 'privacy.registrationShared' | translate }}</p>

      <h2>{{ 'privacy.staffHeading' | translate }}</h2>
      <p>{{ 'privacy.staffWhat' | translate }}</p>

      <h2>{{ 'privacy.retentionHeading' | translate }}</h2>
      <p>{{ 'privacy.retentionRegistration' | translate }}</p>
      <p>{{ 'privacy.retentionStaff' | translate }}</p>

      <h2>{{ 'privacy.browserHeading' | translate }}</h2>
      <p>{{ 'privacy.browser' | translate }}</p>

      <h2>{{ 'privacy.rightsHeading' | translate }}</h2>
      <p>{{ 'privacy.rights' | translate }}</p>
      <p>{{ 'privacy.complaint' | translate }}</p>

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
}
