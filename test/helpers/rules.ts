import { matchesKind } from '../../utils/extract/line-rules';
import type { RemovalKind } from '../../utils/extract/removal-kinds';
import { LINE_RULES } from '../../utils/extract/rules';

/** Would a line rule of this kind remove this line, standing anywhere? */
export const lineIs = (kind: RemovalKind, text: string): boolean => matchesKind(LINE_RULES, kind, text);
