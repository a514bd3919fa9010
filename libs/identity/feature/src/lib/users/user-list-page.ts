import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { UserResponse } from '@samverkan/identity/contract';
import { ErrorMessage, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { UserDialog, type UserDialogData } from './user-dialog';
import { UsersApi } from './users-api';

/** Admin: everyone with an account; create and edit in a dialog. */
@Component({
  selector: 'sv-user-list-page',
  imports: [MatTableModule, MatButton, MatIconButton, MatIcon, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list-page.html',
})
export class UserListPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);

  protected readonly columns = ['name', 'email', 'roles', 'organisation', 'status', 'actions'];
  protected readonly users = rxResource({ stream: () => this.api.list() });
  protected readonly errorMessage = computed(() => {
    const error = this.users.error();
    return error ? errorText(error, this.translate) : null;
  });
  /** Announced in a live region after a save. */
  protected readonly statusMessage = signal<{ key: string; name: string } | null>(null);

  protected openCreateDialog(): void {
    this.openDialog({}, 'users.created');
  }

  protected openEditDialog(user: UserResponse): void {
    this.openDialog({ user }, 'users.updated');
  }

  private openDialog(data: UserDialogData, messageKey: string): void {
    this.statusMessage.set(null);
    this.dialog
      .open<UserDialog, UserDialogData, UserResponse>(UserDialog, { data, width: '600px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.statusMessage.set({ key: messageKey, name: saved.name });
          this.users.reload();
        }
      });
  }
}
