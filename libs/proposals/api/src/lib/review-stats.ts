import { REVIEW_CRITERIA, type CriterionStats, type ReviewCriterion } from '@samverkan/proposals/contract';

/** A mean or other score shown to people: two decimals. */
export const roundScore = (value: number) => Math.round(value * 100) / 100;

/** The middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Mean (two decimals), median and count of the scores per review criterion. */
export function statsOf(reviews: readonly Record<ReviewCriterion, number>[]): Record<ReviewCriterion, CriterionStats> {
  const result = {} as Record<ReviewCriterion, CriterionStats>;
  for (const criterion of REVIEW_CRITERIA) {
    const values = reviews.map((review) => review[criterion]);
    result[criterion] = {
      mean: values.length ? roundScore(values.reduce((a, b) => a + b, 0) / values.length) : null,
      median: median(values),
      count: values.length,
    };
  }
  return result;
}
