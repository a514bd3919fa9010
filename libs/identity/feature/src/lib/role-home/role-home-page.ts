import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Role } from '@samverkan/identity/contract';

/** A role's home: who the role is and what its members do in Samverkan. The role comes from the route's data. */
@Component({
  selector: 'sv-role-home-page',
  imports: [RouterLink, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'home.' + role() + '.title' | translate }}</h1>
      <p class="sv-lead">{{ 'home.' + role() + '.intro' | translate }}</p>

      <h2>{{ 'home.youCan' | translate }}</h2>
      <ul>
        <li>{{ 'home.' + role() + '.task1' | translate }}</li>
        <li>{{ 'home.' + role() + '.task2' | translate }}</li>
        <li>{{ 'home.' + role() + '.task3' | translate }}</li>
      </ul>

      @if (role() === 'admin') {
        <div class="sv-actions">
          <a mat-flat-button routerLink="/admin/anvandare">{{ 'home.admin.users' | translate }}</a>
          <a mat-stroked-button routerLink="/admin/organisationer">{{ 'home.admin.organisations' | translate }}</a>
          <a mat-stroked-button routerLink="/arbetsutskottet/konferenser">{{ 'home.manageConferences' | translate }}</a>
          <a mat-stroked-button routerLink="/admin/utkorg">{{ 'home.admin.outbox' | translate }}</a>
          <a mat-stroked-button routerLink="/arbetsutskottet/moten">{{ 'nav.meetings' | translate }}</a>
          <a mat-stroked-button routerLink="/programradet/forslag">{{ 'nav.proposals' | translate }}</a>
        </div>
      } @else if (role() === 'working-committee') {
        <div class="sv-actions">
          <a mat-flat-button routerLink="/arbetsutskottet/konferenser">{{ 'home.manageConferences' | translate }}</a>
          <a mat-stroked-button routerLink="/arbetsutskottet/program">{{ 'nav.programmes' | translate }}</a>
          <a mat-stroked-button routerLink="/arbetsutskottet/moten">{{ 'nav.meetings' | translate }}</a>
          <a mat-stroked-button routerLink="/arbetsutskottet/atgarder">{{ 'nav.actionItems' | translate }}</a>
          <a mat-stroked-button routerLink="/programradet/forslag">{{ 'nav.proposals' | translate }}</a>
          <a mat-stroked-button routerLink="/fokusomraden">{{ 'home.seeFocusAreas' | translate }}</a>
        </div>
        <p>{{ 'home.comingLater' | translate }}</p>
      } @else {
        <p>{{ 'home.comingLater' | translate }}</p>
        <div class="sv-actions">
          <a mat-flat-button routerLink="/programradet/forslag">{{ 'nav.proposals' | translate }}</a>
          <a mat-stroked-button routerLink="/fokusomraden">{{ 'home.seeFocusAreas' | translate }}</a>
        </div>
      }
    </div>
  `,
})
export class RoleHomePage {
  /** Bound from route data (withComponentInputBinding). */
  readonly role = input.required<Role>();
}
