import type { Check, CheckProblem } from './types';
import { snippet } from './walk';
import { pendingSuggestions } from '../review/suggestions';

function who(author: { name?: string; initials?: string } | undefined): string {
  return author?.name?.trim() || author?.initials?.trim() || 'someone';
}

/** Every comment is resolved. */
export const unresolvedCommentsCheck: Check = {
  id: 'unresolved-comments',
  label: 'Unresolved comments',
  run(article) {
    return article.comments
      .filter((comment) => !comment.resolved)
      .map((comment): CheckProblem => {
        const on = comment.anchorText.trim() ? ` on “${snippet(comment.anchorText, 40)}”` : '';
        return {
          check: 'unresolved-comments',
          severity: 'warning',
          message: `Unresolved comment by ${who(comment.author)}${on}: ${snippet(comment.text)}`,
        };
      });
  },
};

/** No suggested change is left pending. */
export const pendingSuggestionsCheck: Check = {
  id: 'pending-suggestions',
  label: 'Pending suggestions',
  run(article) {
    return [...pendingSuggestions(article), ...article.suggestions.map((s) => ({ kind: s.kind, by: s.author, text: s.text }))].map(
      (suggestion): CheckProblem => ({
        check: 'pending-suggestions',
        severity: 'blocking',
        message: `Pending suggestion by ${who(suggestion.by)}: ${suggestion.kind === 'insert' ? 'insert' : 'delete'} “${snippet(suggestion.text, 40)}”`,
      }),
    );
  },
};
