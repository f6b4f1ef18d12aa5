import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { loadUserRules, type UserRules } from '@/utils/browser/user-rules-store';
import { hostname } from '@/utils/url';
import { applyUserRules } from '@/utils/user-removal';

/** `article` with the user's removal rules for its site applied; null until the rules are read (a few ms, while the page is read). */
export function useUserRules(article: Article | null): Article | null {
  const [rules, setRules] = useState<UserRules | null>(null);
  useEffect(() => {
    void loadUserRules()
      .catch(() => ({}))
      .then(setRules);
  }, []);
  return useMemo(() => (article && rules ? applyUserRules(article, rules[hostname(article.url)] ?? [], window) : null), [article, rules]);
}
