/**
 * What we know about Chinese CMSs and news sites, as data. Kept sorted by `id`; a test
 * checks the order, that every selector parses, and that every rule has a fixture
 * (test/fixtures/<fixture>/source.html) on which the rule fires. The article detector reads
 * its CMS markers here too (`articleMarker`), so a new rule teaches both.
 */
export interface SiteRule {
  /** Stable id, also the sort key. */
  id: string;
  /** Fixture slug that shows the rule at work. */
  fixture: string;
  /**
   * The rule applies when this selector matches (a CMS marker), a comment of the page matches
   * `comment`, the page's `<meta name="generator">` matches `generator`, or the host ends with `host`.
   */
  when: { selector?: string; comment?: RegExp; generator?: RegExp; host?: string };
  /** `when.selector` or `when.comment` only match the CMS's article pages: evidence that a page is an article (detect.ts). */
  articleMarker?: boolean;
  /** The article body; when it holds enough text, Readability is pointed at it alone. */
  content?: string;
  /** Noise inside or around the body: removed, each with `reason`. */
  remove?: { selector: string; reason: string }[];
}

export const SITE_RULES: readonly SiteRule[] = [
  {
    id: 'dedecms',
    fixture: 'cn-dedecms',
    when: { selector: '.dede_pages', generator: /DedeCMS/i },
    content: '.content .body, #article .body, .article-content',
    remove: [{ selector: '.dede_pages, .context, .handle', reason: 'DedeCMS page list and prev/next links' }],
  },
  {
    id: 'founder-enpcontent',
    fixture: 'cn-founder-epaper',
    when: { selector: 'founder-content, #ozoom, .founder-content', comment: /enpcontent/ },
    articleMarker: true,
    content: 'founder-content, #ozoom',
    remove: [{ selector: '.newsdetatit ~ .attachment, #PageNavTable', reason: 'e-paper page navigation' }],
  },
  {
    id: 'people-cn',
    fixture: 'cn-people',
    when: { selector: '.rm_txt_con' },
    articleMarker: true,
    content: '.rm_txt_con',
    remove: [{ selector: '.rm_txt_con .edit, .rm_txt_con .paper_num, .box_pic', reason: '人民网 editor line and paper number' }],
  },
  {
    id: 'trs-editor',
    fixture: 'cn-trs-gov',
    when: { selector: '.TRS_Editor, .TRS_UEDITOR' },
    articleMarker: true,
    content: '.TRS_Editor, .TRS_UEDITOR',
  },
  {
    id: 'xinhuanet',
    fixture: 'cn-xinhua',
    when: { selector: '#detail, #p-detail' },
    articleMarker: true,
    content: '#detail, #p-detail',
    remove: [{ selector: '#articleEdit, .zan-wap, .pageShare', reason: '新华网 editor box and share bar' }],
  },
];
