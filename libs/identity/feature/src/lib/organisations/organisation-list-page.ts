import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ORGANISATION_TYPES, type OrganisationResponse, type OrganisationType } from '@samverkan/identity/contract';
import { ErrorMessage, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { debounceTime, map } from 'rxjs';
import { OrganisationDialog, type OrganisationDialogData } from './organisation-dialog';
import { OrganisationsApi } from './organisations-api';

/** Admin: the organisations, searchable by name and filterable by type; create and edit in a dialog. */
@Component({
  selector: 'sv-organisation-list-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatButton,
    MatIconButton,
    MatIcon,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-list-page.html',
})
export class OrganisationListPage {
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);

  protected readonly types = ORGANISATION_TYPES;
  protected readonly columns = ['name', 'type', 'member', 'actions'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    search: [''],
    type: ['' as OrganisationType | ''],
  });
  private readonly filter = toSignal(
    this.filterForm.valueChanges.pipe(
      debounceTime(300),
      map(() => this.filterForm.getRawValue()),
    ),
    { initialValue: this.filterForm.getRawValue() },
  );
  protected readonly filtered = computed(() => this.filter().search.trim() !== '' || this.filter().type !== '');

  protected readonly organisations = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.api.list({ search: params.search, type: params.type || null }),
  });
  protected readonly errorMessage = computed(() => {
    const error = this.organisations.error();
    return error ? errorText(error, this.translate) : null;
  });
  /** Announced in a live region after a save. */
  protected readonly statusMessage = signal<{ key: string; name: string } | null>(null);

  protected openCreateDialog(): void {
    this.openDialog({}, 'organisations.created');
  }

  protected openEditDialog(organisation: OrganisationResponse): void {
    this.openDialog({ organisation }, 'organisations.updated');
  }

  private openDialog(data: OrganisationDialogData, messageKey: string): void {
    this.statusMessage.set(null);
    this.dialog
      .open<OrganisationDialog, OrganisationDialogData, OrganisationResponse>(OrganisationDialog, {
        data,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.statusMessage.set({ key: messageKey, name: saved.name });
          this.organisations.reload();
        }
      });
  }
}
