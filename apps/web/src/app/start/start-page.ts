import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService, roleHomePath } from '@samverkan/identity/feature';
import { FocusAreaLinks } from '@samverkan/strategy/feature';
import { UpcomingConferences } from './upcoming-conferences';

@Component({
  selector: 'app-start-page',
  imports: [RouterLink, MatButton, TranslatePipe, FocusAreaLinks, UpcomingConferences],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'app.name' | translate }}</h1>
      <p class="sv-lead">{{ 'start.lead' | translate }}</p>
      <p>{{ 'start.about' | translate }}</p>

      <section aria-labelledby="start-conferences">
        <h2 id="start-conferences">{{ 'start.conferencesHeading' | translate }}</h2>
        <p>{{ 'start.conferencesText' | translate }}</p>
        <app-upcoming-conferences />
        <a mat-stroked-button routerLink="/konferenser">{{ 'start.allConferences' | translate }}</a>
      </section>

      <section aria-labelledby="start-focus-areas">
        <h2 id="start-focus-areas">{{ 'start.focusAreasHeading' | translate }}</h2>
        <sv-focus-area-links />
        <a mat-stroked-button routerLink="/fokusomraden">{{ 'start.readMore' | translate }}</a>
      </section>

      <section aria-labelledby="start-staff">
        <h2 id="start-staff">{{ 'start.staffHeading' | translate }}</h2>
        @if (user(); as user) {
          <p>{{ 'start.staffTextSignedIn' | translate: { name: user.name } }}</p>
          <a mat-flat-button [routerLink]="homePath()">{{ 'start.goHome' | translate }}</a>
        } @else {
          <p>{{ 'start.staffText' | translate }}</p>
          <a mat-flat-button routerLink="/logga-in">{{ 'shell.login' | translate }}</a>
        }
      </section>
    </div>
  `,
  styles: `
    section {
      margin-top: 32px;
    }
  `,
})
export class StartPage {
  private readonly auth = inject(AuthService);
  protected readonly user = this.auth.user;
  protected readonly homePath = computed(() => roleHomePath(this.auth.roles()));
}
