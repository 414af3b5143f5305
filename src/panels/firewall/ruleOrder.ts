// The order in which rules are evaluated (MODEL.md 2.4): by category, then in
// document order. The tables show rules in this order so that what the user
// reads top to bottom is what the firewall does.
import { ruleCategory } from '../../model/defaults';
import type { Category } from '../../model/types';

export const CATEGORIES: readonly Category[] = ['emergency', 'infrastructure', 'environment', 'application'];

export interface OrderedRule<R> {
  rule: R;
  /** 1-based place in evaluation order. */
  position: number;
  category: Category;
  /** Whether a rule of the same category comes before / after it (it can move up / down). */
  hasPrevious: boolean;
  hasNext: boolean;
}

export function evaluationOrder<R extends { category?: Category | undefined }>(
  rules: readonly R[],
): OrderedRule<R>[] {
  const ordered = CATEGORIES.flatMap((category) => rules.filter((r) => ruleCategory(r) === category));
  return ordered.map((rule, i) => {
    const category = ruleCategory(rule);
    return {
      rule,
      position: i + 1,
      category,
      hasPrevious: i > 0 && ruleCategory(ordered[i - 1] ?? rule) === category,
      hasNext: i < ordered.length - 1 && ruleCategory(ordered[i + 1] ?? rule) === category,
    };
  });
}

export const categoryLabel = (category: Category): string => category[0]?.toUpperCase() + category.slice(1);
