import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { CHOICE_KINDS, type QuestionInput, type QuestionKind, type QuestionResponse } from '@samverkan/registrations/contract';

export type OptionForm = FormGroup<{ id: FormControl<string | null>; labelSv: FormControl<string>; labelEn: FormControl<string> }>;
export type QuestionForm = FormGroup<{
  id: FormControl<string | null>;
  kind: FormControl<QuestionKind>;
  labelSv: FormControl<string>;
  labelEn: FormControl<string>;
  required: FormControl<boolean>;
  options: FormArray<OptionForm>;
}>;

/** A choice question needs two options; the others none (their options are not sent). */
function enoughOptions(group: AbstractControl): ValidationErrors | null {
  const value = (group as QuestionForm).getRawValue();
  return CHOICE_KINDS.includes(value.kind) && value.options.length < 2 ? { tooFewOptions: true } : null;
}

export function optionForm(option?: { id: string | null; labelSv: string; labelEn: string | null }): OptionForm {
  return new FormGroup({
    id: new FormControl<string | null>(option?.id ?? null),
    labelSv: new FormControl(option?.labelSv ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    labelEn: new FormControl(option?.labelEn ?? '', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
}

/** One question's form, from a stored question or empty (a short text, not required). */
export function questionForm(question?: QuestionResponse): QuestionForm {
  return new FormGroup(
    {
      id: new FormControl<string | null>(question?.id ?? null),
      kind: new FormControl<QuestionKind>(question?.kind ?? 'text', { nonNullable: true }),
      labelSv: new FormControl(question?.labelSv ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(300)],
      }),
      labelEn: new FormControl(question?.labelEn ?? '', { nonNullable: true, validators: [Validators.maxLength(300)] }),
      required: new FormControl(question?.required ?? false, { nonNullable: true }),
      options: new FormArray((question?.options ?? []).map((o) => optionForm(o))),
    },
    { validators: enoughOptions },
  );
}

/** The body of PUT …/questions from the editor: the list in its order, options only for choice kinds. */
export function toQuestionInputs(forms: readonly QuestionForm[]): QuestionInput[] {
  return forms.map((form) => {
    const q = form.getRawValue();
    const isChoice = CHOICE_KINDS.includes(q.kind);
    return {
      ...(q.id ? { id: q.id } : {}),
      kind: q.kind,
      labelSv: q.labelSv.trim(),
      labelEn: q.labelEn.trim() || null,
      required: q.required,
      ...(isChoice
        ? {
            options: q.options.map((o) => ({
              ...(o.id ? { id: o.id } : {}),
              labelSv: o.labelSv.trim(),
              labelEn: o.labelEn.trim() || null,
            })),
          }
        : {}),
    };
  });
}

/** Moves an item of a FormArray one step (-1 up, +1 down); nothing at either end. */
export function moveControl<T extends AbstractControl>(array: FormArray<T>, index: number, step: -1 | 1): void {
  const to = index + step;
  if (to < 0 || to >= array.length) return;
  const control = array.at(index) as T;
  array.removeAt(index, { emitEvent: false });
  array.insert(to, control);
}
