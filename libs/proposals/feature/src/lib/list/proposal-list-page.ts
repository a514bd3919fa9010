import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { getConferences, localizedTitle } from '@samverkan/conferences/feature';
import { AuthService } from '@samverkan/identity/feature';
import { PROPOSAL_STATES } from '@samverkan/proposals/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { FocusAreasApi, localizeFocusArea } from '@samverkan/strategy/feature';
import { debounceTime, map } from 'rxjs';
import { ProposalsApi } from '../proposals-api';
import { EMPTY_PROPOSAL_FILTER, PROPOSAL_PAGE_SIZES, type ProposalFilter, isFiltered, proposalQuery } from '../proposal-query';
import { ProposalStateBadge } from '../state-badge';
import { provideTranslatedPaginator } from '@samverkan/shared/ui/paginator';

/** Council, committee and admin: every proposal they may see, filtered on the server and paginated. */
@Component({
  selector: 'sv-proposal-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatPaginator,
    MatButton,
    MatIcon,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
    ProposalStateBadge,
  ],
  providers: [provideTranslatedPaginator({ itemsPerPage: 'proposals.itemsPerPage' })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-list-page.html',
  styleUrl: './proposal-list-page.scss',
})
export class ProposalListPage {
  private readonly api = inject(ProposalsApi);
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly focusAreasApi = inject(FocusAreasApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly states = PROPOSAL_STATES;
  protected readonly pageSizes = PROPOSAL_PAGE_SIZES;
  /** Only those who propose (council, admin) have proposals of their own and may create one. */
  protected readonly canPropose = computed(() => this.auth.can('proposals.write'));

  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    search: [EMPTY_PROPOSAL_FILTER.search],
    focusArea: [EMPTY_PROPOSAL_FILTER.focusArea as ProposalFilter['focusArea']],
    state: [EMPTY_PROPOSAL_FILTER.state as ProposalFilter['state']],
    conferenceId: [EMPTY_PROPOSAL_FILTER.conferenceId],
    mine: [EMPTY_PROPOSAL_FILTER.mine],
  });
  protected readonly filter = signal<ProposalFilter>(EMPTY_PROPOSAL_FILTER);
  protected readonly page = signal<{ index: number; size: number }>({ index: 0, size: PROPOSAL_PAGE_SIZES[0] });
  protected readonly filtered = computed(() => isFiltered(this.filter()));

  protected readonly proposals = rxResource({
    params: () => proposalQuery(this.filter(), this.page(), this.auth.user()?.id ?? null),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly errorMessage = computed(() => {
    const error = this.proposals.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly focusAreas = rxResource({ stream: () => this.focusAreasApi.list() });
  protected readonly conferences = rxResource({ stream: () => getConferences(this.http) });
  protected readonly focusAreaOptions = computed(() =>
    this.focusAreas.hasValue() ? this.focusAreas.value().map((area) => localizeFocusArea(area, this.language.current())) : [],
  );
  protected readonly conferenceOptions = computed(() =>
    this.conferences.hasValue()
      ? this.conferences.value().map((c) => ({ id: c.id, title: localizedTitle(c, this.language.current()) }))
      : [],
  );
  private readonly focusAreaTitles = computed(() => new Map(this.focusAreaOptions().map((area) => [area.code, area.title])));

  constructor() {
    this.filterForm.valueChanges
      .pipe(
        debounceTime(300),
        map(() => this.filterForm.getRawValue()),
        takeUntilDestroyed(),
      )
      .subscribe((filter) => {
        this.filter.set(filter);
        // A new filter starts from the first page.
        this.page.update((page) => ({ ...page, index: 0 }));
      });
  }

  protected focusAreaTitle(code: FocusAreaCode): string {
    return this.focusAreaTitles().get(code) ?? code;
  }

  protected focusAreaTitleList(codes: readonly FocusAreaCode[] | undefined): string {
    return (codes ?? []).map((code) => this.focusAreaTitle(code)).join(', ');
  }

  protected changePage(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected clearFilters(): void {
    this.filterForm.reset(EMPTY_PROPOSAL_FILTER);
  }
}
