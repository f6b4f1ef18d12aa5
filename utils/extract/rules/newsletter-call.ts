import type { AnyRule } from '../line-rules';

// A call to action: a line that starts with the verb and names what it sells.
const ACTION = /^(?:sign up|subscribe|click|tap|get|join|download|follow|want more|like this story|love this story|listen to)\b/i;
const OFFER =
  /\b(?:newsletters?|inbox|alerts|subscri(?:be|ption)|our|us|the (?:(?!app\b)[\w.’']+ ){1,3}app|on the go|youtube channel|forums?|magazine|delivered|full coverage)\b|^follow\b.{0,60}\b(?:on|at) (?:twitter|facebook|instagram|youtube|tiktok)\b/i;
const LIMITS = { maxChars: 220 };

/**
 * "Get breaking news alerts…", "CLICK HERE TO GET THE FOX NEWS APP", "Follow Newsbeat on
 * Instagram…"; "Get it on Amazon for $39.99" stays (tests in promos.test.ts).
 */
export const newsletterCall: AnyRule = {
  id: 'newsletter-call',
  kind: 'drop-promos',
  where: 'any',
  reason: 'advert, newsletter, app or follow prompt',
  limits: LIMITS,
  test: (line) => line.text.length <= LIMITS.maxChars && ACTION.test(line.text) && OFFER.test(line.text),
};
