import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { LanguageService } from '@samverkan/shared/ui';
import {
  canRegister,
  conferenceDates,
  conferencePlace,
  localizedTitle,
  registrationState,
  registrationStateText,
} from '../conference-view';
import { FocusAreaChips } from '../focus-area-chips';

/** One conference in a list: title (links to its page), when, where, focus areas, seats and "Anmäl dig". */
@Component({
  selector: 'sv-conference-card',
  imports: [RouterLink, MatAnchor, TranslatePipe, FocusAreaChips],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = conference();
    <article class="sv-card" [attr.aria-labelledby]="'conference-' + c.id">
      <h3 class="sv-card__title" [id]="'conference-' + c.id">
        <a [routerLink]="['/konferenser', c.slug ?? c.id]">{{ title() }}</a>
      </h3>
      <dl class="sv-facts">
        <div>
          <dt>{{ 'conferences.when' | translate }}</dt>
          <dd>{{ dates() }}</dd>
        </div>
        @if (place(); as place) {
          <div>
            <dt>{{ 'conferences.where' | translate }}</dt>
            <dd>{{ place }}</dd>
          </div>
        }
        @if (c.hostOrganisationName) {
          <div>
            <dt>{{ 'conferences.host' | translate }}</dt>
            <dd>{{ c.hostOrganisationName }}</dd>
          </div>
        }
      </dl>
      <sv-focus-area-chips [focusAreas]="c.focusAreas" [label]="'conferences.focusAreas' | translate" />
      @let text = stateText();
      <p class="sv-card__state" [class.sv-card__state--full]="state().kind === 'full'">
        {{ text.key | translate: text.params }}
      </p>
      @if (open()) {
        <div class="sv-card__actions">
          <a mat-flat-button [routerLink]="['/konferenser', c.slug ?? c.id, 'anmalan']">
            {{ (state().kind === 'full' ? 'conferences.joinWaitlist' : 'conferences.register') | translate }}
            <span class="cdk-visually-hidden">– {{ title() }}</span>
          </a>
        </div>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .sv-card {
      height: 100%;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      padding: 20px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .sv-card__title {
      margin: 0 0 8px;
    }
    .sv-card__state {
      font: var(--mat-sys-title-small);
      margin: 8px 0;
    }
    .sv-card__state--full {
      color: var(--mat-sys-error);
    }
    .sv-card__actions {
      margin-top: auto;
      padding-top: 8px;
    }
  `,
})
export class ConferenceCard {
  private readonly language = inject(LanguageService);

  readonly conference = input.required<ConferenceResponse>();

  protected readonly title = computed(() => localizedTitle(this.conference(), this.language.current()));
  protected readonly dates = computed(() => conferenceDates(this.conference(), this.language.current()));
  protected readonly place = computed(() => conferencePlace(this.conference()));
  protected readonly state = computed(() => registrationState(this.conference()));
  protected readonly open = computed(() => canRegister(this.state()));
  protected readonly stateText = computed(() => registrationStateText(this.state(), this.conference(), this.language.current()));
}
