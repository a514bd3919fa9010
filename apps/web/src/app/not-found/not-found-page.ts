import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page sv-page--narrow">
      <h1>{{ 'notFound.heading' | translate }}</h1>
      <p>{{ 'notFound.text' | translate }}</p>
      <a mat-flat-button routerLink="/">{{ 'notFound.home' | translate }}</a>
    </div>
  `,
})
export class NotFoundPage {}
