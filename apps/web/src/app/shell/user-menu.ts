import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService, homesOf } from '@samverkan/identity/feature';

/**
 * The signed-in user's menu: a disclosure (button + list of links), the WAI-ARIA pattern for
 * site navigation. Built without MatMenu, whose overlay would add about 90 kB to the start-up bundle.
 */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:click)': 'closeOnOutsideClick($event)',
    '(keydown.escape)': 'closeAndFocusButton()',
  },
  template: `
    @if (user(); as user) {
      <button
        #toggle
        type="button"
        class="sv-button user-menu__toggle"
        aria-controls="user-menu"
        [attr.aria-expanded]="open()"
        (click)="open.set(!open())"
      >
        <span class="material-symbols-outlined" aria-hidden="true">account_circle</span>
        <span class="user-menu__name">{{ user.name }}</span>
        <span class="cdk-visually-hidden">({{ 'shell.userMenu' | translate }})</span>
        <span class="material-symbols-outlined" aria-hidden="true">{{ open() ? 'expand_less' : 'expand_more' }}</span>
      </button>
      <div id="user-menu" class="user-menu__panel" [hidden]="!open()">
        <p class="user-menu__who">
          {{ 'shell.signedInAs' | translate: { name: user.name } }}<br />
          <span class="user-menu__email">{{ user.email }}</span>
        </p>
        <ul class="user-menu__list">
          @for (home of homes(); track home.role) {
            <li>
              <a class="user-menu__item" [routerLink]="home.path" (click)="open.set(false)">
                <span class="material-symbols-outlined" aria-hidden="true">home</span>
                {{ 'roles.' + home.role | translate }}
              </a>
            </li>
          }
          <li>
            <button type="button" class="user-menu__item" (click)="requestLogout()">
              <span class="material-symbols-outlined" aria-hidden="true">logout</span>
              {{ 'shell.logout' | translate }}
            </button>
          </li>
        </ul>
      </div>
    }
  `,
  styleUrl: './user-menu.scss',
})
export class UserMenu {
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly toggle = viewChild<ElementRef<HTMLButtonElement>>('toggle');

  readonly logout = output();

  protected readonly user = this.auth.user;
  protected readonly open = signal(false);
  protected readonly homes = computed(() => homesOf(this.auth.roles()));

  protected closeOnOutsideClick(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) {
      this.open.set(false);
    }
  }

  protected closeAndFocusButton(): void {
    if (this.open()) {
      this.open.set(false);
      this.toggle()?.nativeElement.focus();
    }
  }

  protected requestLogout(): void {
    this.open.set(false);
    this.logout.emit();
  }
}
