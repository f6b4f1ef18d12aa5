/**
 * The newsroom's words, in one home: editorial roles, the words that introduce reporters,
 * the labels of a dated info line, English newsroom roles and wire services, and words that
 * are never a name. Chinese words are written once, in Simplified; the patterns built from
 * them (zh.ts) match Traditional too.
 */

/** Editorial roles printed in credit lines (總值班, 統籌, 責編, 審核 …), longest first so 责任编辑 wins over 编辑. */
export const CREDIT_ROLES = [
  '责任编辑',
  '执行主编',
  '值班主任',
  '值班编辑',
  '网络编辑',
  '新媒体编辑',
  '总值班',
  '总编辑',
  '值班',
  '统筹',
  '责编',
  '审核',
  '审校',
  '审签',
  '审定',
  '终审',
  '三审',
  '二审',
  '一审',
  '编辑',
  '校对',
  '监制',
  '主编',
  '美编',
  '编审',
  '策划',
  '制作',
  '视频',
  '设计',
  '排版',
  '签发',
  '复核',
  '初审',
  '复审',
].sort((a, b) => b.length - a.length);

/** Words that introduce a reporter or author (本报记者 张三, 通讯员 李四, 文/王五). */
export const REPORTER_WORDS = ['记者', '通讯员', '实习生', '摄影', '作者'];

/** Labels of the info line under a headline: 发布时间：… 来源：… 作者：… */
export const INFO_LABELS = [
  '发布日期',
  '发布时间',
  '发布',
  '发表',
  '直播时间',
  '北京时间',
  '香港时间',
  '台北时间',
  '澳门时间',
  '时间',
  '日期',
  '文章来源',
  '来源',
  '出处',
  '作者',
  '记者',
  '报道',
  '摄影',
  '编辑',
  '更新',
];

/** Chinese newsroom roles beside an author's name in an info line or author box: 本報特約評論員, 记者. */
export const ZH_ROLES = ['特约评论员', '评论员', '特约记者', '本报记者', '专栏作家', '撰稿人', '通讯员', '记者', '编辑'];

/** English publishing words of a date line ("Published", "Updated"). */
export const EN_INFO_LABELS = ['by', 'updated', 'published', 'posted'];

/** English newsroom roles after a byline's names: "Tom Krisher, AP Auto Writer". */
export const EN_ROLES = ['writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'staff'];
export const EN_ROLE_ADJECTIVES = [
  'senior',
  'chief',
  'staff',
  'special',
  'contributing',
  'national',
  'political',
  'business',
  'auto',
  'science',
  'sports',
  'tech(?:nology)?',
  'medical',
  'health',
];
export const WIRE_SERVICES = ['(?:the\\s+)?associated press', 'ap', 'reuters', 'afp'];

/** Capitalised words that make a "By …" line a headline, not names: By The Numbers, By Train To Paris. */
export const NOT_NAME_WORDS = ['The', 'A', 'An', 'To', 'Of', 'In', 'On', 'For', 'With', 'At', 'From', 'This', 'That'];

/** A regex source for any of these English words, whole words. */
export const enAny = (words: readonly string[]): string => `\\b(?:${words.join('|')})\\b`;
