/**
 * Our own non-article pages, in the shapes real sites use (issue 5): portal homepages, channel
 * lists, search results, galleries, forum lists, government directories, login pages, video
 * pages, e-paper page maps, in Chinese and English. Invented text, built from ./parts.ts.
 * The detector must reject every one (test/extract/detect.test.ts; npm run bench:detect).
 */
import {
  EN_HEADLINES,
  EN_SUMMARIES,
  ZH_HEADLINES,
  ZH_SUMMARIES,
  ZH_TW_HEADLINES,
  column,
  date,
  footer,
  header,
  headlineList,
  page,
  pagination,
  pick,
  summaryList,
  thumbnails,
} from './parts';

export interface ShapePage {
  slug: string;
  kind: string;
  url: string;
  html: string;
}

const zh = (title: string, body: string, head = ''): string => page({ title, lang: 'zh-CN', head, body: header('zh') + body + footer('zh') });
const tw = (title: string, body: string): string => page({ title, lang: 'zh-TW', body: header('zh-TW') + body + footer('zh-TW') });
const en = (title: string, body: string, head = ''): string => page({ title, lang: 'en', head, body: header('en') + body + footer('en') });

const rows = (n: number, cells: (i: number) => string[]): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<tr>${cells(i)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  ).join('');

const DEPARTMENTS = [
  '办公室',
  '发展和改革委员会',
  '教育局',
  '科学技术局',
  '工业和信息化局',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化广电和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '审计局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
];
const SERVICES = [
  '个体工商户设立登记',
  '居民身份证换领',
  '社会保障卡申领',
  '不动产登记查询',
  '公积金提取',
  '出生医学证明办理',
  '机动车驾驶证换证',
  '城乡居民医保参保',
  '建设工程规划许可',
  '食品经营许可',
  '残疾人证办理',
  '失业登记',
];
const FORUM = [
  '新人报到，大家多多关照',
  '周末去哪儿玩？求推荐',
  '小区门口的路什么时候修好',
  '转让九成新婴儿车一辆',
  '本地哪家面馆最好吃',
  '孩子上学的问题请教各位',
  '晒晒我家阳台的花',
  '有没有一起跑步的朋友',
  '求助：暖气不热找哪个部门',
  '二手房交易需要注意什么',
];
const CAPTIONS = ['春日公园花开正艳', '市民在广场晨练', '新建大桥合龙', '夜色中的老街', '丰收的麦田', '孩子们在科技馆参观', '湿地公园的白鹭', '雪后的城墙'];
const EN_CAPTIONS = [
  'Sunrise over the harbour',
  'Crowds at the spring parade',
  'The new bridge at dusk',
  'Fans celebrate the win',
  'Snow on the old town walls',
];

export const NON_ARTICLES: readonly ShapePage[] = [
  // ---- Chinese portals and channel pages ----
  {
    slug: 'zh-portal-home',
    kind: 'portal homepage',
    url: 'http://www.jzxw.cn/',
    html: zh(
      '某市新闻网_某市第一新闻门户',
      `<div class="focus"><a href="/news/2024-05/01/content_1.htm"><img src="/f1.jpg" width="600" height="340"></a><h1><a href="/news/2024-05/01/content_1.htm">${ZH_HEADLINES[0]}</a></h1><p>${ZH_SUMMARIES[0]}${ZH_SUMMARIES[2]}</p></div>` +
        column('时政要闻', ZH_HEADLINES, 10, 0) +
        column('县区动态', ZH_HEADLINES, 10, 5) +
        column('民生热点', ZH_HEADLINES, 10, 9) +
        column('经济观察', ZH_HEADLINES, 8, 13) +
        column('文化体育', ZH_HEADLINES, 8, 17),
    ),
  },
  {
    slug: 'zh-portal-home-focus',
    kind: 'portal homepage',
    url: 'https://www.example-daily.com.cn/index.html',
    html: zh(
      '首页-某某日报网',
      `<div class="slider">${thumbnails(5, ZH_HEADLINES)}</div><div class="hot"><h2>今日头条</h2>${summaryList(ZH_HEADLINES, ZH_SUMMARIES, 3)}</div>` +
        column('本地', ZH_HEADLINES, 12, 3) +
        column('国内', ZH_HEADLINES, 12, 11) +
        `<div class="rank"><h2>热点排行</h2><ol>${ZH_HEADLINES.slice(0, 10)
          .map((h, i) => `<li><a href="/r/${i}.htm">${h}</a></li>`)
          .join('')}</ol></div>`,
    ),
  },
  {
    slug: 'zh-channel-list',
    kind: 'channel list',
    url: 'http://www.jzxw.cn/news/node_12.htm',
    html: zh(
      '本地新闻_某市新闻网',
      `<div class="crumb">当前位置：<a href="/">首页</a> &gt; 本地新闻</div><div class="main"><h2>本地新闻</h2>${headlineList(ZH_HEADLINES, 40)}${pagination('zh', 20)}</div>`,
    ),
  },
  {
    slug: 'zh-channel-summaries',
    kind: 'channel list with summaries',
    url: 'http://news.example.cn/shehui/',
    html: zh(
      '社会新闻-某某网',
      `<div class="main"><h2>社会新闻</h2>${summaryList(ZH_HEADLINES, ZH_SUMMARIES, 16)}${pagination('zh')}</div><div class="side">${column('热门', ZH_HEADLINES, 10, 4)}</div>`,
    ),
  },
  {
    slug: 'zh-channel-dated-table',
    kind: 'channel list (table layout)',
    url: 'http://www.example.gov.cn/col/col1234/index.html',
    html: zh(
      '工作动态 某市人民政府',
      `<table width="760"><tr><td class="title">工作动态</td></tr>${rows(30, (i) => [`·<a href="/art/${date(i).replaceAll('-', '/')}/art_1234_${i}.html">${pick(ZH_HEADLINES, i + 3)}</a>`, `[${date(i)}]`])}</table>${pagination('zh', 15)}`,
    ),
  },
  {
    slug: 'zh-topic-special',
    kind: 'special-topic page',
    url: 'http://www.jzxw.cn/zt/2024lh/',
    html: zh(
      '聚焦2024全国两会_专题_某市新闻网',
      `<div class="banner"><img src="/zt/banner.jpg" width="1000" height="200" alt="聚焦两会"></div><div class="intro">2024年全国两会专题报道。</div>` +
        column('权威发布', ZH_HEADLINES, 8, 2) +
        column('代表委员说', ZH_HEADLINES, 8, 10) +
        column('图说两会', ZH_HEADLINES, 6, 18) +
        `<div class="pics">${thumbnails(8, CAPTIONS)}</div>`,
    ),
  },
  {
    slug: 'zh-notice-list',
    kind: 'notice list',
    url: 'http://www.example.edu.cn/tzgg.htm',
    html: zh(
      '通知公告-某某大学',
      `<div class="list"><h2>通知公告</h2>${headlineList(['关于2024年五一劳动节放假安排的通知', '关于开展实验室安全检查的通知', '图书馆系统升级公告', '关于评选优秀教师的通知', '校园网维护公告'], 25, { path: '/info' })}${pagination('zh', 8)}</div>`,
    ),
  },
  {
    slug: 'zh-sitemap',
    kind: 'site map',
    url: 'http://www.jzxw.cn/sitemap.htm',
    html: zh(
      '网站地图_某市新闻网',
      `<h1>网站地图</h1>${['新闻', '县区', '政务', '生活', '视频', '专题'].map((s, i) => `<dl><dt>${s}</dt><dd>${Array.from({ length: 12 }, (_, k) => `<a href="/${i}/${k}/">${s}子栏目${k + 1}</a>`).join(' ')}</dd></dl>`).join('')}`,
    ),
  },
  {
    slug: 'zh-search-results',
    kind: 'search results',
    url: 'http://search.example.cn/s?q=%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE',
    html: zh(
      '项目建设_站内搜索',
      `<form action="/s"><input type="search" name="q" value="项目建设"><button>搜索</button></form><div class="count">找到相关结果约 1,240 条，用时 0.12 秒</div>` +
        Array.from(
          { length: 10 },
          (_, i) =>
            `<div class="result"><h3><a href="/news/${date(i)}/content_${i}.htm">${pick(ZH_HEADLINES, i)}</a></h3><p>……${pick(ZH_SUMMARIES, i)}${pick(ZH_SUMMARIES, i + 2)}……</p><cite>www.jzxw.cn/news/${date(i)}/content_${i}.htm ${date(i)}</cite></div>`,
        ).join('') +
        pagination('zh'),
    ),
  },
  {
    slug: 'zh-gov-search',
    kind: 'search results (government site)',
    url: 'http://www.example.gov.cn/jsearch/search.do?q=%E5%8C%BB%E4%BF%9D',
    html: zh(
      '搜索结果 某市人民政府',
      `<form action="/jsearch/search.do"><input name="q" value="医保"><select><option>全部</option><option>政策文件</option></select><button>检索</button></form><p>共检索到 86 条结果</p>${rows(0, () => [])}<ol>${Array.from({ length: 12 }, (_, i) => `<li><a href="/art/${i}.html">${pick(ZH_HEADLINES, i + 7)}</a><p>发布机构：市医疗保障局 发布日期：${date(i)}</p></li>`).join('')}</ol>${pagination('zh')}`,
    ),
  },
  // ---- Chinese galleries, video, e-paper ----
  {
    slug: 'zh-photo-channel',
    kind: 'photo gallery',
    url: 'http://pic.jzxw.cn/',
    html: zh('图片频道_某市新闻网', `<h2>精彩图片</h2><div class="pics">${thumbnails(30, CAPTIONS)}</div>${pagination('zh')}`),
  },
  {
    slug: 'zh-photo-set',
    kind: 'photo set viewer',
    url: 'http://pic.jzxw.cn/2024/0501/set_88.htm',
    html: zh(
      '春日公园花开正艳(1/12)_图片频道',
      `<h1>春日公园花开正艳</h1><div class="viewer"><a href="?p=2"><img src="/big/1.jpg" width="900" height="600"></a><span>1/12</span><p>5月1日，市民在人民公园赏花游玩。</p></div><div class="strip">${thumbnails(12, CAPTIONS)}</div><div class="more">${column('更多图集', CAPTIONS, 8, 0)}</div>`,
    ),
  },
  {
    slug: 'zh-video-page',
    kind: 'video page',
    url: 'http://v.jzxw.cn/video/2024/05/01/v_123.htm',
    html: zh(
      '【视频】全市重点项目建设推进会召开_视频频道',
      `<h1>【视频】全市重点项目建设推进会召开</h1><div class="player"><video src="/v/123.mp4" controls width="800" height="450"></video></div><p class="info">来源：某市广播电视台 2024-05-01 时长 02:35</p><div class="related"><h2>相关视频</h2>${thumbnails(12, ZH_HEADLINES)}</div>`,
    ),
  },
  {
    slug: 'zh-epaper-page-map',
    kind: 'e-paper page map',
    url: 'http://epaper.jzrb.com/html/2024-04/23/node_2.htm',
    html: zh(
      '焦作日报 2024年04月23日 第01版：要闻',
      `<div class="date">2024年04月23日 星期二</div><div class="paper"><img src="/images/2024-04/23/01/p1.jpg" usemap="#PagePicMap" width="400" height="580"><map name="PagePicMap">${Array.from({ length: 6 }, (_, i) => `<area shape="polygon" coords="0,${i * 90},400,${i * 90},400,${i * 90 + 80}" href="content_${i}.htm">`).join('')}</map></div>` +
        `<div class="titles"><h3>本版标题导航</h3>${headlineList(ZH_HEADLINES, 6, { dates: false, path: '/html' })}</div><div class="pages">${Array.from({ length: 8 }, (_, i) => `<a href="node_${i + 2}.htm">第0${i + 1}版：${['要闻', '综合', '县区', '经济', '社会', '文化', '体育', '广告'][i]}</a>`).join('<br>')}</div>`,
    ),
  },
  {
    slug: 'zh-epaper-index',
    kind: 'e-paper edition index',
    url: 'http://epaper.jzrb.com/html/2024-04/23/node_1.htm',
    html: zh(
      '焦作日报数字报',
      `<table><tr><td>${Array.from({ length: 8 }, (_, i) => `<div><a href="node_${i + 2}.htm">第0${i + 1}版</a> <a href="node_${i + 2}.htm"><img src="/t/${i}.jpg" width="120" height="170"></a></div>`).join('')}</td><td>往期回顾：<select>${Array.from({ length: 30 }, (_, i) => `<option>${date(i)}</option>`).join('')}</select></td></tr></table>`,
    ),
  },
  // ---- Chinese government pages ----
  {
    slug: 'zh-gov-directory',
    kind: 'government directory',
    url: 'http://www.example.gov.cn/zwgk/jgsz/',
    html: zh(
      '机构设置 某市人民政府',
      `<h2>市政府工作部门</h2><table><tr><th>单位名称</th><th>地址</th><th>电话</th><th>网站</th></tr>${rows(DEPARTMENTS.length, (i) => [`<a href="/jg/${i}.html">某市${DEPARTMENTS[i]}</a>`, `某市人民路${i + 1}号`, `0391-${3000000 + i * 1111}`, `<a href="http://d${i}.example.gov.cn/">访问</a>`])}</table>`,
    ),
  },
  {
    slug: 'zh-gov-open-list',
    kind: 'government information list',
    url: 'http://www.example.gov.cn/zwgk/zfxxgk/fdzdgknr/',
    html: zh(
      '法定主动公开内容 某市人民政府',
      `<div class="tree">${DEPARTMENTS.slice(0, 10)
        .map((d, i) => `<a href="/org/${i}/">${d}</a>`)
        .join(
          '',
        )}</div><table><tr><th>索引号</th><th>标题</th><th>发布机构</th><th>成文日期</th></tr>${rows(20, (i) => [`11410800MB${1000 + i}/2024-0${(i % 9) + 1}`, `<a href="/zwgk/${i}.html">关于印发${pick(ZH_HEADLINES, i)}实施方案的通知</a>`, pick(DEPARTMENTS, i), date(i)])}</table>${pagination('zh')}`,
    ),
  },
  {
    slug: 'zh-gov-services',
    kind: 'government service index',
    url: 'http://zwfw.example.gov.cn/bszn/',
    html: zh(
      '办事指南 某市政务服务网',
      `<h2>个人办事</h2><ul>${SERVICES.map((s, i) => `<li><a href="/item/${i}">${s}</a> <a class="btn" href="/apply/${i}">在线办理</a> <a href="/guide/${i}">办事指南</a></li>`).join('')}</ul><h2>法人办事</h2><ul>${SERVICES.map((s, i) => `<li><a href="/fr/${i}">${s}</a> <a class="btn" href="/fr/apply/${i}">在线办理</a></li>`).join('')}</ul>`,
    ),
  },
  {
    slug: 'zh-gov-leaders',
    kind: 'government leaders page',
    url: 'http://www.example.gov.cn/ldzc/',
    html: zh(
      '领导之窗 某市人民政府',
      `<h2>市政府领导</h2>${['市长', '常务副市长', '副市长', '副市长', '副市长', '秘书长']
        .map(
          (r, i) =>
            `<div class="leader"><img src="/ld/${i}.jpg" width="120" height="160"><h3><a href="/ldzc/${i}.html">${['王某某', '李某某', '张某某', '刘某某', '陈某某', '杨某某'][i]}</a></h3><p>${r}</p><p>分管：${pick(DEPARTMENTS, i)}、${pick(DEPARTMENTS, i + 7)}</p></div>`,
        )
        .join('')}`,
    ),
  },
  // ---- Chinese forums and accounts ----
  {
    slug: 'zh-forum-threads',
    kind: 'forum thread list',
    url: 'http://bbs.example.cn/forum-12-1.html',
    html: zh(
      '百姓话题 - 某市论坛',
      `<table class="threads"><tr><th>主题</th><th>作者</th><th>回复/查看</th><th>最后发表</th></tr>${rows(40, (i) => [`<a href="/thread-${5000 + i}-1-1.html">${pick(FORUM, i)}</a>`, `<a href="/space-uid-${i}.html">网友${100 + i}</a><br>${date(i)}`, `${i * 3}/${i * 57}`, `${date(i + 1)} 20:1${i % 10}`])}</table>${pagination('zh')}`,
    ),
  },
  {
    slug: 'zh-forum-index',
    kind: 'forum board index',
    url: 'http://bbs.example.cn/forum.php',
    html: zh(
      '某市论坛 - 本地人的网上家园',
      `<p>今日: 1,234 | 昨日: 5,678 | 帖子: 9,876,543 | 会员: 345,678</p>${[
        '百姓话题',
        '房产家居',
        '亲子教育',
        '美食天地',
        '旅游摄影',
        '二手市场',
        '求职招聘',
        '汽车之家',
      ]
        .map(
          (b, i) =>
            `<div class="board"><h3><a href="/forum-${i}-1.html">${b}</a></h3><p>主题: ${i * 1000} 帖数: ${i * 9000}</p><p>最后发表: <a href="/thread-${i}.html">${pick(FORUM, i)}</a></p></div>`,
        )
        .join('')}`,
    ),
  },
  {
    slug: 'zh-login',
    kind: 'login page',
    url: 'http://passport.example.cn/login',
    html: zh(
      '用户登录 - 某市新闻网',
      `<div class="box"><h2>用户登录</h2><form method="post" action="/login"><label>用户名/手机号<input name="u"></label><label>密码<input type="password" name="p"></label><label><input type="checkbox">下次自动登录</label><button>登录</button></form><p><a href="/reg">免费注册</a> | <a href="/forgot">忘记密码？</a></p><p>登录即表示同意<a href="/terms">《用户协议》</a>和<a href="/privacy">《隐私政策》</a></p></div>`,
    ),
  },
  {
    slug: 'zh-register',
    kind: 'registration page',
    url: 'http://passport.example.cn/register',
    html: zh(
      '新用户注册 - 某市新闻网',
      `<h2>新用户注册</h2><form action="/reg" method="post"><p>手机号<input name="m"></p><p>验证码<input name="c"><button type="button">获取验证码</button></p><p>设置密码<input type="password" name="p1"></p><p>确认密码<input type="password" name="p2"></p><p><input type="checkbox"> 我已阅读并同意《用户服务协议》</p><button>注册</button></form>`,
    ),
  },
  {
    slug: 'zh-message-board',
    kind: 'message board',
    url: 'http://www.example.gov.cn/hdjl/lyb/',
    html: zh(
      '领导留言板 某市人民政府',
      `<table><tr><th>编号</th><th>留言标题</th><th>办理单位</th><th>状态</th><th>时间</th></tr>${rows(25, (i) => [String(20240000 + i), `<a href="/hdjl/${i}.html">${pick(FORUM, i)}</a>`, pick(DEPARTMENTS, i), i % 3 ? '已回复' : '办理中', date(i)])}</table><a href="/hdjl/write">我要留言</a>${pagination('zh')}`,
    ),
  },
  // ---- Chinese odds and ends ----
  {
    slug: 'zh-404',
    kind: 'not found',
    url: 'http://www.jzxw.cn/news/2024-04/23/content_99999.htm',
    html: zh(
      '404 页面不存在',
      `<div class="e404"><h1>抱歉，您访问的页面不存在或已被删除！</h1><p>5秒后自动跳转到<a href="/">首页</a></p></div>${column('推荐阅读', ZH_HEADLINES, 8, 0)}`,
    ),
  },
  {
    slug: 'zh-contact',
    kind: 'contact page',
    url: 'http://www.jzxw.cn/about/contact.htm',
    html: zh(
      '联系我们_某市新闻网',
      `<h1>联系我们</h1><p>地址：某市人民路88号报业大厦</p><p>新闻热线：0391-1234567</p><p>广告热线：0391-7654321</p><p>邮箱：news@example.cn</p><p>邮编：454000</p>`,
    ),
  },
  {
    slug: 'zh-tv-schedule',
    kind: 'TV schedule',
    url: 'http://www.example-tv.cn/jmd/',
    html: zh(
      '节目单_某市广播电视台',
      `<h2>新闻综合频道 节目单</h2><table>${rows(30, (i) => [`${String(6 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, i % 4 ? `电视剧：平凡的日子（${i}）` : '某市新闻联播'])}</table>`,
    ),
  },
  {
    slug: 'zh-market-data',
    kind: 'market data table',
    url: 'http://finance.example.cn/market/',
    html: zh(
      '行情中心_财经频道',
      `<h2>沪深行情</h2><table><tr><th>代码</th><th>名称</th><th>最新价</th><th>涨跌幅</th><th>成交量</th></tr>${rows(40, (i) => [String(600000 + i * 7), `股票${i + 1}`, (10 + i * 0.37).toFixed(2), `${(((i * 13) % 20) - 10) / 10}%`, `${i * 1234}手`])}</table>`,
    ),
  },
  {
    slug: 'zh-author-page',
    kind: 'reporter profile',
    url: 'http://www.jzxw.cn/jizhe/zhaiqianqian/',
    html: zh(
      '记者翟某某的作品_某市新闻网',
      `<div class="profile"><img src="/jz/1.jpg" width="100" height="100"><h1>翟某某</h1><p>某市新闻网记者，关注城市建设与民生。</p></div><h2>作品列表</h2>${headlineList(ZH_HEADLINES, 20)}${pagination('zh')}`,
    ),
  },
  // ---- Traditional Chinese ----
  {
    slug: 'tw-portal-home',
    kind: 'portal homepage',
    url: 'https://news.example.com.tw/',
    html: tw(
      '某某新聞網 - 即時新聞',
      `<div class="focus"><h2><a href="/news/20240508001.aspx">${ZH_TW_HEADLINES[0]}</a></h2><p>立法院今天三讀通過修正案，相關規定將於公布後六個月施行。</p></div>` +
        `<div class="col"><h2>即時</h2><ul>${ZH_TW_HEADLINES.map((h, i) => `<li><a href="/news/2024050${i}00${i}.aspx">${h}</a> <span>05/0${(i % 9) + 1} 1${i}:20</span></li>`).join('')}</ul></div>` +
        `<div class="col"><h2>熱門</h2><ol>${ZH_TW_HEADLINES.slice()
          .reverse()
          .map((h, i) => `<li><a href="/news/h${i}.aspx">${h}</a></li>`)
          .join('')}</ol></div>`,
    ),
  },
  {
    slug: 'tw-channel-list',
    kind: 'channel list',
    url: 'https://news.example.com.tw/list/society.aspx',
    html: tw(
      '社會 | 某某新聞網',
      `<h1>社會</h1><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/news/2024${String(500 + i)}.aspx"><img src="/t/${i}.jpg" width="120" height="80">${pick(ZH_TW_HEADLINES, i)}</a><time>2024/05/${String((i % 28) + 1).padStart(2, '0')}</time></li>`).join('')}</ul>`,
    ),
  },
  {
    slug: 'hk-channel-list',
    kind: 'channel list',
    url: 'https://news.example.hk/channel/local',
    html: tw(
      '港聞 - 某某新聞',
      `<h1>港聞</h1>${Array.from({ length: 20 }, (_, i) => `<div class="card"><a href="/article/${800000 + i}"><img src="/c/${i}.jpg" width="300" height="170"><h3>${pick(ZH_TW_HEADLINES, i + 3)}</h3></a><span>${i + 1}小時前</span></div>`).join('')}`,
    ),
  },
  {
    slug: 'tw-gov-news-list',
    kind: 'government news list',
    url: 'https://www.example.gov.tw/News.aspx?n=1234',
    html: tw(
      '新聞稿-某某部',
      `<table><tr><th>序號</th><th>標題</th><th>發布單位</th><th>發布日期</th></tr>${rows(20, (i) => [String(i + 1), `<a href="/News_Content.aspx?s=${i}">${pick(ZH_TW_HEADLINES, i)}</a>`, '綜合規劃司', `113-05-${String((i % 28) + 1).padStart(2, '0')}`])}</table>`,
    ),
  },
  // ---- English ----
  {
    slug: 'en-news-home',
    kind: 'portal homepage',
    url: 'https://www.riverside-daily.example/',
    html: en(
      'Riverside Daily News – local news, sport and weather',
      `<section class="lead"><h2><a href="/news/2024/05/08/council-budget">${EN_HEADLINES[0]}</a></h2><p>${EN_SUMMARIES[0]} ${EN_SUMMARIES[1]}</p></section>` +
        ['News', 'Sport', 'Business', 'Culture']
          .map(
            (s, k) =>
              `<section><h2>${s}</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/${s.toLowerCase()}/2024/05/${i + 1}/story-${k}${i}">${pick(EN_HEADLINES, k * 3 + i)}</a></li>`).join('')}</ul></section>`,
          )
          .join(''),
    ),
  },
  {
    slug: 'en-section-front',
    kind: 'section front with summaries',
    url: 'https://www.riverside-daily.example/news/',
    html: en(
      'News | Riverside Daily',
      Array.from(
        { length: 15 },
        (_, i) =>
          `<article class="card"><h3><a href="/news/2024/05/${(i % 28) + 1}/story-${i}">${pick(EN_HEADLINES, i)}</a></h3><p>${pick(EN_SUMMARIES, i)} ${pick(EN_SUMMARIES, i + 1)}</p><time>${date(i)}</time></article>`,
      ).join('') + pagination('en'),
    ),
  },
  {
    slug: 'en-search-results',
    kind: 'search results',
    url: 'https://www.riverside-daily.example/search?q=council',
    html: en(
      'Search results for “council” | Riverside Daily',
      `<form role="search" action="/search"><input type="search" name="q" value="council"><button>Search</button></form><p>Showing 1–10 of 214 results</p>${Array.from({ length: 10 }, (_, i) => `<div class="result"><h3><a href="/news/2024/04/${i + 1}/r${i}">${pick(EN_HEADLINES, i)}</a></h3><p>… the city <b>council</b> said on ${date(i)} that ${pick(EN_SUMMARIES, i).toLowerCase()}</p></div>`).join('')}${pagination('en')}`,
    ),
  },
  {
    slug: 'en-photo-gallery',
    kind: 'photo gallery',
    url: 'https://www.riverside-daily.example/photos/spring-parade',
    html: en(
      'In pictures: the spring parade | Riverside Daily',
      `<h1>In pictures: the spring parade</h1><div class="gallery">${thumbnails(24, EN_CAPTIONS)}</div>`,
    ),
  },
  {
    slug: 'en-video',
    kind: 'video page',
    url: 'https://www.riverside-daily.example/video/harbour-sunrise',
    html: en(
      'Watch: sunrise over the harbour | Riverside Daily',
      `<h1>Watch: sunrise over the harbour</h1><div class="player"><iframe src="https://player.example/embed/123" width="800" height="450" allowfullscreen></iframe></div><p>Time-lapse footage from the harbour wall.</p><h2>More videos</h2>${thumbnails(10, EN_HEADLINES)}`,
    ),
  },
  {
    slug: 'en-login',
    kind: 'login page',
    url: 'https://account.riverside-daily.example/login',
    html: en(
      'Sign in | Riverside Daily',
      `<main><h1>Sign in</h1><form method="post"><label>Email <input type="email" name="e"></label><label>Password <input type="password" name="p"></label><button>Sign in</button></form><p><a href="/forgot">Forgot your password?</a> · <a href="/register">Create an account</a></p></main>`,
    ),
  },
  {
    slug: 'en-newsletter',
    kind: 'newsletter sign-up',
    url: 'https://www.riverside-daily.example/newsletters',
    html: en(
      'Newsletters | Riverside Daily',
      `<h1>Our newsletters</h1>${['Morning Briefing', 'Sport Weekly', 'Food & Drink', 'Weekend Reads'].map((n, i) => `<div class="nl"><h2>${n}</h2><p>Delivered every ${['weekday', 'Monday', 'Thursday', 'Saturday'][i]}.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>`).join('')}`,
    ),
  },
  {
    slug: 'en-tag-archive',
    kind: 'tag archive',
    url: 'https://www.riverside-daily.example/tag/transport/',
    html: en(
      'Transport | Riverside Daily',
      `<h1>Tag: Transport</h1><ul>${Array.from({ length: 25 }, (_, i) => `<li><a href="/news/2024/${(i % 12) + 1}/t${i}">${pick(EN_HEADLINES, i + 4)}</a> <time>${date(i)}</time></li>`).join('')}</ul>${pagination('en')}`,
    ),
  },
  {
    slug: 'en-author-profile',
    kind: 'author profile',
    url: 'https://www.riverside-daily.example/profile/jane-doe',
    html: en(
      'Jane Doe | Riverside Daily',
      `<div class="bio"><img src="/a/jane.jpg" width="120" height="120"><h1>Jane Doe</h1><p>Jane Doe is our transport correspondent.</p><a href="https://social.example/@jane">@jane</a></div><h2>Latest from Jane Doe</h2>${Array.from({ length: 12 }, (_, i) => `<article><h3><a href="/news/2024/05/${i + 1}/j${i}">${pick(EN_HEADLINES, i)}</a></h3><p>${pick(EN_SUMMARIES, i)}</p></article>`).join('')}`,
    ),
  },
  {
    slug: 'en-forum-threads',
    kind: 'forum thread list',
    url: 'https://forum.example.org/c/general/4',
    html: en(
      'General discussion - Example Forum',
      `<table><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr>${rows(30, (i) => [`<a href="/t/topic-${i}/${900 + i}">${pick(EN_HEADLINES, i)}?</a>`, String(i * 2), String(i * 31), `${i + 1}h`])}</table>`,
    ),
  },
  {
    slug: 'en-404',
    kind: 'not found',
    url: 'https://www.riverside-daily.example/news/2024/05/01/missing-story',
    html: en(
      'Page not found | Riverside Daily',
      `<h1>Sorry, we couldn’t find that page</h1><p>It may have been moved or deleted.</p><h2>Most read</h2><ol>${EN_HEADLINES.map((h, i) => `<li><a href="/news/m${i}">${h}</a></li>`).join('')}</ol>`,
    ),
  },
  {
    slug: 'en-scores',
    kind: 'live scores',
    url: 'https://www.riverside-daily.example/sport/scores',
    html: en(
      'Live scores | Riverside Daily',
      `<h1>Live scores</h1><table>${rows(24, (i) => [`${18 + (i % 4)}:00`, `Team ${String.fromCharCode(65 + i)}`, `${i % 4} - ${(i * 3) % 5}`, `Team ${String.fromCharCode(90 - i)}`, i % 3 ? 'FT' : `${60 + i}'`])}</table>`,
    ),
  },
  {
    slug: 'en-shop-category',
    kind: 'shop category',
    url: 'https://shop.example.com/c/kettles',
    html: en(
      'Kettles | Example Shop',
      `<h1>Kettles</h1><p>48 products</p>${Array.from({ length: 24 }, (_, i) => `<div class="product"><a href="/p/${i}"><img src="/p/${i}.jpg" width="200" height="200"><h3>Electric kettle model ${i + 1}</h3></a><span class="price">£${(19.99 + i).toFixed(2)}</span><button>Add to basket</button></div>`).join('')}`,
    ),
  },
];
