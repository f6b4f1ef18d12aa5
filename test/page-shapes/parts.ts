/**
 * Building blocks for our own non-article pages (test/page-shapes/non-articles.ts): the
 * chrome and lists real news, government and forum sites wrap around everything. All text
 * is invented; nothing is copied from a real page or a corpus.
 */

export const ZH_HEADLINES = [
  '全市重点项目建设推进会召开',
  '我市举办春季人才招聘会 提供岗位两千余个',
  '市政府召开常务会议研究部署近期重点工作',
  '城区新增公共停车泊位三千个',
  '全市安全生产大检查全面启动',
  '第十届市民文化节开幕',
  '多条公交线路优化调整 方便群众出行',
  '我市空气质量优良天数比例持续提升',
  '高标准农田建设完成年度任务',
  '中小学暑期托管服务报名开始',
  '市人大常委会开展食品安全执法检查',
  '新建城市书房十二家 年底前全部开放',
  '全市招商引资签约项目三十六个',
  '老旧小区改造惠及居民万余户',
  '市区部分路段夜间施工 请注意绕行',
  '乡村振兴示范村创建工作推进会召开',
  '我市获评省级文明城市',
  '防汛应急演练在沿河社区举行',
  '市场监管部门开展节前食品抽检',
  '新能源汽车充电桩覆盖所有乡镇',
  '全民健身运动会落下帷幕',
  '市医保局推出异地就医新举措',
  '黄河湿地迎来候鸟迁徙高峰',
  '科技创新大会表彰一批先进单位',
];

export const ZH_TW_HEADLINES = [
  '立法院三讀通過交通安全修法',
  '北市推動公共住宅新建計畫',
  '颱風外圍環流影響 北部山區防豪雨',
  '國內旅遊補助第二波開放申請',
  '高鐵春節加開班次 明起訂票',
  '教育部公布大學招生新制',
  '中央銀行維持利率不變',
  '台南古蹟修復完工重新開放',
  '衛福部提醒民眾注意流感疫情',
  '外送員權益保障草案出爐',
];

export const EN_HEADLINES = [
  'City council approves new budget after long debate',
  'Storm brings heavy rain and power cuts to coastal towns',
  'Local school wins national robotics championship',
  'Housing prices rise for the third month in a row',
  'Transit agency announces weekend service changes',
  'Hospital opens new wing for children',
  'Farmers market returns to the town square',
  'Police investigate break-in at downtown store',
  'New bike lanes planned for the main avenue',
  'Library extends opening hours during exams',
  'Football club signs striker on two-year deal',
  'Museum unveils exhibition of early photographs',
];

export const ZH_SUMMARIES = [
  '会议强调，要坚持项目为王，强化要素保障，推动项目早开工、早投产、早见效。',
  '活动现场气氛热烈，不少求职者表示，这次招聘会岗位多、待遇好，很有吸引力。',
  '据介绍，此次改造涉及道路、管网、绿化等多个方面，预计年底前全部完工。',
  '相关负责人表示，将持续加大监管力度，切实保障群众身体健康和生命安全。',
  '近年来，我市不断完善公共文化服务体系，群众文化生活日益丰富多彩。',
  '记者从市交通运输局获悉，调整后的线路将覆盖更多居民小区和学校。',
];

export const EN_SUMMARIES = [
  'The plan, which takes effect next month, will add buses on the busiest routes.',
  'Officials said the repairs should be finished before the end of the year.',
  'Residents are asked to keep away from the river banks until the water recedes.',
  'The team beat more than forty schools to take the title on Saturday.',
];

/** Deterministic choice, so every run sees the same pages. */
export const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export const date = (i: number): string => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;

export function page(o: { title: string; lang: string; head?: string; body: string }): string {
  return `<!DOCTYPE html><html lang="${o.lang}"><head><meta charset="utf-8"><title>${o.title}</title>${o.head ?? ''}</head><body>${o.body}</body></html>`;
}

/** Site header: logo, a row of channel links, a search box, sometimes a login box. */
export function header(lang: 'zh' | 'zh-TW' | 'en', o: { login?: boolean } = {}): string {
  const channels =
    lang === 'en'
      ? ['Home', 'News', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather', 'Video', 'Photos']
      : lang === 'zh-TW'
        ? ['首頁', '即時', '政治', '社會', '國際', '財經', '生活', '娛樂', '體育', '影音']
        : ['首页', '新闻', '时政', '县区', '民生', '经济', '文化', '体育', '图片', '视频', '专题', '政务'];
  const search = lang === 'en' ? 'Search' : '搜索';
  const login = o.login
    ? `<form class="login" action="/member/login"><input name="user"><input type="password" name="pw"><button>${lang === 'en' ? 'Sign in' : '登录'}</button></form>`
    : '';
  return (
    `<div class="top"><a href="/"><img src="/logo.png" alt="logo" width="200" height="60"></a>` +
    `<form action="/search"><input name="q" type="text"><button>${search}</button></form>${login}</div>` +
    `<div class="nav">${channels.map((c, i) => `<a href="/ch${i}/">${c}</a>`).join(' | ')}</div>`
  );
}

/** Site footer: about links, copyright, ICP number, address. */
export function footer(lang: 'zh' | 'zh-TW' | 'en'): string {
  if (lang === 'en')
    return `<div class="footer"><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a><p>© 2024 Riverside Daily News. All rights reserved.</p></div>`;
  const links = ['关于我们', '联系我们', '广告服务', '网站地图', '版权声明'].map((t, i) => `<a href="/about/${i}.htm">${t}</a>`).join(' | ');
  return `<div class="footer">${links}<p>版权所有 © 2024 某市新闻网 未经授权禁止转载</p><p>地址：某市人民路88号 邮编：454000 电话：0391-1234567</p><p><a href="https://beian.miit.gov.cn/">豫ICP备12345678号</a></p></div>`;
}

/** A list of headline links, each with a date, as channel pages and sidebars have. */
export function headlineList(headlines: readonly string[], n: number, o: { from?: number; dates?: boolean; path?: string } = {}): string {
  const from = o.from ?? 0;
  const items = Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const href = `${o.path ?? '/news'}/${date(i).slice(0, 7)}/${String((i % 27) + 1).padStart(2, '0')}/content_${1000 + i}.htm`;
    return `<li><a href="${href}" target="_blank">${pick(headlines, i)}</a>${o.dates === false ? '' : `<span class="date">${date(i)}</span>`}</li>`;
  });
  return `<ul class="list">${items.join('')}</ul>`;
}

/** Items with a headline link, a one-sentence summary and a date (section fronts, search results). */
export function summaryList(headlines: readonly string[], summaries: readonly string[], n: number, from = 0): string {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    // Two sentences: portals show 60–120 characters of the story under each headline.
    return `<div class="item"><h3><a href="/news/${date(i).slice(0, 7)}/content_${2000 + i}.htm">${pick(headlines, i)}</a></h3><p>${pick(summaries, i)}${pick(summaries, i + 1)}</p><span class="time">${date(i)} 09:${String(i % 60).padStart(2, '0')}</span></div>`;
  }).join('');
}

/** A box of headlines under a heading, as portals stack them. */
export function column(title: string, headlines: readonly string[], n: number, from: number): string {
  return `<div class="col"><h2><a href="/col/${from}/">${title}</a></h2>${headlineList(headlines, n, { from })}<a class="more" href="/col/${from}/">更多&gt;&gt;</a></div>`;
}

export function pagination(lang: 'zh' | 'en', pages = 10): string {
  const word = lang === 'en' ? ['Previous', 'Next'] : ['上一页', '下一页'];
  return `<div class="pages"><a href="?p=0">${word[0]}</a>${Array.from({ length: pages }, (_, i) => `<a href="?p=${i + 1}">${i + 1}</a>`).join('')}<a href="?p=2">${word[1]}</a></div>`;
}

export function thumbnails(n: number, captions: readonly string[], from = 0): string {
  return Array.from(
    { length: n },
    (_, k) =>
      `<div class="pic"><a href="/photo/${from + k}.htm"><img src="/photo/t${from + k}.jpg" width="160" height="120" alt=""></a><p><a href="/photo/${from + k}.htm">${pick(captions, from + k)}</a></p></div>`,
  ).join('');
}
