import { describe, expect, it } from 'vitest';
import { PageConversion } from '../utils/convert/convert-page';
import { dom } from './helpers/dom';

const toTrad = (s: string): string => s.replace(/简/g, '簡').replace(/体/g, '體');
const tick = () => new Promise((r) => setTimeout(r, 0));

function page() {
  const d = dom(`<html lang="zh-CN"><head><title>简体标题</title></head><body>
    <p id="p">简体正文</p><img id="img" alt="简体图" title="简体">
    <input id="input" placeholder="简体搜索" value="简体输入"><textarea id="ta">简体草稿</textarea>
    <pre id="pre">简体代码</pre><code id="code">简体</code><script id="s">var a = "简体";</script>
    <div id="edit" contenteditable="true">简体编辑</div><div id="host"></div></body></html>`).window.document;
  const shadow = d.getElementById('host')!.attachShadow({ mode: 'open' });
  const inner = d.createElement('span');
  inner.textContent = '简体影子';
  shadow.append(inner);
  return { d, shadow };
}

describe('PageConversion (convert this page)', () => {
  it('converts text, title, alt/title/placeholder and open shadow roots; leaves code, scripts, inputs and editing alone', () => {
    const { d, shadow } = page();
    const c = new PageConversion(d, toTrad);
    c.start('zh-Hant');
    const $ = (id: string) => d.getElementById(id)!;
    expect($('p').textContent).toBe('簡體正文');
    expect(d.title).toBe('簡體标题');
    expect(d.documentElement.lang).toBe('zh-Hant');
    expect([$('img').getAttribute('alt'), $('img').getAttribute('title'), $('input').getAttribute('placeholder')]).toEqual(['簡體图', '簡體', '簡體搜索']);
    expect(shadow.textContent).toBe('簡體影子');
    expect(($('input') as HTMLInputElement).value).toBe('简体输入');
    expect($('ta').textContent).toBe('简体草稿');
    expect([$('pre').textContent, $('code').textContent, $('s').textContent]).toEqual(['简体代码', '简体', 'var a = "简体";']);
    expect($('edit').textContent).toBe('简体编辑');
    c.stop();
    expect($('p').textContent).toBe('简体正文');
    expect(d.title).toBe('简体标题');
    expect(d.documentElement.lang).toBe('zh-CN');
    expect($('img').getAttribute('alt')).toBe('简体图');
    expect(shadow.textContent).toBe('简体影子');
  });

  it('follows content the page adds later, and stops following when restored', async () => {
    const { d } = page();
    const c = new PageConversion(d, toTrad);
    c.start('zh-Hant');
    const later = d.createElement('p');
    later.innerText = '';
    later.textContent = '后来的简体';
    d.body.append(later);
    await tick();
    expect(later.textContent).toBe('后来的簡體');
    c.stop();
    expect(later.textContent).toBe('后来的简体');
    const after = d.createElement('p');
    after.textContent = '简体';
    d.body.append(after);
    await tick();
    expect(after.textContent).toBe('简体');
  });

  it('leaves text the page itself changed after conversion as the page wrote it', async () => {
    const { d } = page();
    const c = new PageConversion(d, toTrad);
    c.start('zh-Hant');
    const text = d.getElementById('p')!.firstChild as Text;
    text.data = '新的简体';
    await tick();
    expect(text.data).toBe('新的簡體');
    c.stop();
    expect(text.data).toBe('新的简体');
  });
});
