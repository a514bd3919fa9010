import type { SelectQueryBuilder } from 'typeorm';
import type { Registration } from '../registration.entity';

/**
 * Keeps the registrations (alias `r`) with an answer: `<questionId>:<optionId>` for a choice or one of
 * several choices, `<questionId>:yes` / `:no` for yes/no. jsonb containment covers both choice kinds:
 * `"a" @> "a"` and `["a","b"] @> "a"`.
 */
export function filterOnAnswer(qb: SelectQueryBuilder<Registration>, filter: string): SelectQueryBuilder<Registration> {
  const split = filter.indexOf(':');
  const questionId = filter.slice(0, split);
  const wanted = filter.slice(split + 1).toLowerCase();
  const value = wanted === 'yes' ? 'true' : wanted === 'no' ? 'false' : JSON.stringify(wanted);
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM registration_answers fa WHERE fa.registration_id = r.id AND fa.question_id = :answerQuestion AND fa.value @> :answerValue::jsonb)`,
    { answerQuestion: questionId, answerValue: value },
  );
}
