import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// A notice heading: 焦作網免責聲明: / 版权声明 / 郑重声明 / Disclaimer.
const HEADING = new RegExp(`^.{0,12}(?:${zhAny(['免责声明', '版权声明', '郑重声明', '特别声明', '法律声明'])})[:：]?$|^disclaimer:?$`, 'i');

/** The heading of a disclaimer box (fixture cn-jiaozuo-legacy). */
export const disclaimerHeading: AnyRule = {
  id: 'disclaimer-heading',
  kind: 'drop-disclaimers',
  where: 'any',
  reason: 'disclaimer or reprint notice',
  test: (line) => HEADING.test(line.text),
};
