import type { EdgeRule } from '../line-rules';
import { blocks } from '../context';
import { zhAny } from '../zh';

// A summary box's label: 【导读】, 导语：, 【摘要】, 内容提要：, Summary:.
const LEAD = new RegExp(`^[\\s【\\[（(]*(?:${zhAny(['导读', '导语', '摘要', '内容提要', '核心提示', '提要'])}|summary|key points)[\\s】\\]）):：]*`, 'i');
const LIMITS = { lookAhead: 3, minChars: 10 };

/**
 * A summary box opening the article that the next paragraphs repeat (【导读】今年我省…, then
 * 今年我省… again: unseen cn-guide-box). A summary saying something the article does not stays.
 */
export const repeatsLead: EdgeRule = {
  id: 'repeats-lead',
  kind: 'dedupe-paragraphs',
  where: 'head',
  reason: 'a summary box repeated by the article',
  limits: LIMITS,
  test(line, ctx) {
    const label = LEAD.exec(line.text);
    if (!label || !line.el) return false;
    const summary = line.key.slice(label[0].replace(/[^\p{L}\p{N}]/gu, '').length);
    if (summary.length < LIMITS.minChars) return false;
    const lines = blocks(ctx).lines();
    const at = lines.findIndex((l) => l.el === line.el);
    return lines.slice(at + 1, at + 1 + LIMITS.lookAhead).some((l) => l.key.includes(summary));
  },
};
