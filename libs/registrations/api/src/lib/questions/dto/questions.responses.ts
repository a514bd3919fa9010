import { Prop } from '@samverkan/shared/api-http';
import { QUESTION_KINDS, type QuestionKind } from '@samverkan/registrations/contract';
import type * as C from '@samverkan/registrations/contract';

export class QuestionOptionResponse implements C.QuestionOptionResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  labelSv!: string;

  @Prop.string({ nullable: true })
  labelEn!: string | null;
}

/** A question as the form shows it. */
export class QuestionResponse implements C.QuestionResponse {
  @Prop.uuid()
  id!: string;

  @Prop.enum(QUESTION_KINDS)
  kind!: QuestionKind;

  @Prop.string()
  labelSv!: string;

  @Prop.string({ nullable: true })
  labelEn!: string | null;

  @Prop.boolean()
  required!: boolean;

  @Prop.array(() => QuestionOptionResponse, { description: 'Only for choice and choices; else empty.' })
  options!: QuestionOptionResponse[];
}

/** One answer as it reads now, with the current labels. */
export class AnswerResponse implements C.AnswerResponse {
  @Prop.uuid()
  questionId!: string;

  @Prop.enum(QUESTION_KINDS)
  kind!: QuestionKind;

  @Prop.string()
  labelSv!: string;

  @Prop.string({ nullable: true })
  labelEn!: string | null;

  @Prop.string({ nullable: true, description: 'The answer of a text or long-text question.' })
  text!: string | null;

  @Prop.array(() => QuestionOptionResponse, { description: 'The chosen options of a choice or choices question, archived ones included.' })
  options!: QuestionOptionResponse[];

  @Prop.boolean({ nullable: true, description: 'The answer of a yes-no question.' })
  yes!: boolean | null;

  @Prop.boolean({ description: 'The question is no longer on the form; the answer is kept.' })
  archived!: boolean;
}
