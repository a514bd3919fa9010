import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MeetingItemResponse, MeetingResponse } from '@samverkan/committee/contract';
import { DECISION_OUTCOMES } from '@samverkan/proposals/contract';
import { ErrorMessage, FieldErrorPipe, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import type { LocalizedFocusArea } from '@samverkan/strategy/feature';
import { CommitteeApi } from '../committee-api';
import { buildActionItemGroup, buildDecisionForm, toDecisionRequest } from './decision-form';

export interface DecisionDialogData {
  meetingId: string;
  item: MeetingItemResponse;
  /** Who can own an action item: the meeting's participants and the person deciding. */
  people: readonly { id: string; name: string }[];
  focusAreas: readonly LocalizedFocusArea[];
  currentUserId: string | null;
}

/** Records the decision on an agenda item; closes with the updated meeting. */
@Component({
  selector: 'sv-decision-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    MatButton,
    MatIcon,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decision-dialog.html',
  styles: `
    .sv-radio-column {
      display: flex;
      flex-direction: column;
    }
    .sv-hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .sv-action-item {
      gap: 4px;
    }
  `,
})
export class DecisionDialog {
  private readonly api = inject(CommitteeApi);
  private readonly dialogRef = inject<MatDialogRef<DecisionDialog, MeetingResponse>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);

  protected readonly isProposal = this.data.item.kind === 'proposal';
  protected readonly isStrategy = this.data.item.kind === 'strategy-adoption';
  protected readonly outcomes = DECISION_OUTCOMES;
  /** A strategy version is adopted or not (it then stays in consultation). */
  protected readonly strategyOutcomes = ['accept', 'reject'] as const;
  protected readonly form = buildDecisionForm(this.fb, this.isProposal, this.isStrategy);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    if (this.data.item.decisionText) this.form.controls.decisionText.setValue(this.data.item.decisionText);
  }

  protected get actionItems() {
    return this.form.controls.actionItems;
  }

  protected addActionItem(): void {
    this.actionItems.push(buildActionItemGroup(this.fb, this.data.currentUserId));
    const index = this.actionItems.length - 1;
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>(`[data-action-item="${index}"] input`)?.focus());
  }

  protected removeActionItem(index: number): void {
    this.actionItems.removeAt(index);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLButtonElement>('[data-add-action]')?.focus());
  }

  protected saveDecision(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() =>
        this.host.nativeElement
          .querySelector<HTMLElement>('.ng-invalid input, textarea.ng-invalid, input.ng-invalid, mat-select.ng-invalid')
          ?.focus(),
      );
      return;
    }
    this.saving.set(true);
    this.api.decide(this.data.meetingId, this.data.item.id, toDecisionRequest(this.form.getRawValue(), this.isProposal, this.isStrategy)).subscribe({
      next: (meeting) => this.dialogRef.close(meeting),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }
}
