import { describe, expect, it } from 'vitest';
import { dedupeParagraphs } from '../../utils/extract/dedupe-paragraphs';
import { dropDuplicateCopies } from '../../utils/extract/drop-duplicate-copies';
import { dropHidden } from '../../utils/extract/drop-hidden';
import { articleContext, bodyText, pageContext } from '../helpers/dom';

const A = '四月二十二日，市委書記實地調研部分重點項目建設，強調要堅持項目為王、實干為要，強化責任意識和效率觀念，緊盯年度目標任務，精準高效破解難題。';
const B = '武陟縣新能源汽車配套生產基地一期堅持邊建設邊招引，目前已有部分企業投資進駐施工，基地建設進展順利，產業集聚效應和發展能級不斷提升。';

const C = '市十一中遷建項目工地塔吊林立，一派繁忙施工景象，要求圍繞項目建設目標任務，持續加壓奮進，推動項目快建設早投用。';

describe('drop-duplicate-copies', () => {
  it('drops a print copy that repeats the body, even with a garbled line', () => {
    const ctx = pageContext(
      `<div id="a"><p>${A}</p><p>${B}</p><p>${C}</p><p>總值班:馬秀清</p></div><div id="print"><p>${A}</p><p>${B}</p><p>${C}</p><p>!Γ簞ⅰ∮</p></div>`,
    );
    dropDuplicateCopies.run(ctx);
    expect(ctx.doc.getElementById('print')).toBeNull();
    expect(ctx.doc.getElementById('a')).not.toBeNull();
    expect(ctx.removals[0]!.reason).toMatch(/^print or mobile copy of the article text/);
  });

  it('drops a hidden copy even when it comes first', () => {
    const ctx = pageContext(`<div id="m" style="display:none"><p>${A}</p><p>${B}</p><p>${C}</p></div><div id="pc"><p>${A}</p><p>${B}</p><p>${C}</p></div>`);
    dropDuplicateCopies.run(ctx);
    expect(ctx.doc.getElementById('m')).toBeNull();
    expect(ctx.doc.getElementById('pc')).not.toBeNull();
  });

  it('keeps a container whose text is new', () => {
    const ctx = pageContext(`<div id="a"><p>${A}</p></div><div id="b"><p>${B}</p><p>${A}</p></div>`);
    dropDuplicateCopies.run(ctx);
    expect(ctx.doc.getElementById('b')).not.toBeNull();
  });

  it('keeps tables whose rows repeat values', () => {
    const rows = '<tr><td>高新區</td><td>5.1</td></tr>'.repeat(12);
    const ctx = pageContext(`<p>${A}</p><table id="t">${rows}</table>`);
    dropDuplicateCopies.run(ctx);
    expect(ctx.doc.getElementById('t')).not.toBeNull();
  });
});

describe('dedupe-paragraphs', () => {
  it('removes a copied sequence, fuzzily, and keeps the first', () => {
    const ctx = articleContext(`<p>${A}</p><p>${B}</p><p>${C}</p><p>${A}</p><p>${B.replace('招引', '招�')}</p><p>${C}</p>`);
    dedupeParagraphs.run(ctx);
    expect(bodyText(ctx)).toBe(`${A} ${B} ${C}`);
  });
  it('keeps a lone repeat shorter than a paragraph', () => {
    const ctx = articleContext(`<p>${A}</p><p>${B}</p><p>${A}</p>`);
    dedupeParagraphs.run(ctx);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(3);
  });
  it('keeps the few lines each day of a plan repeats in a long article', () => {
    const same =
      '<p>Pre-Workout Meal</p><p>Eat 60–90 minutes before your workout</p><p>Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato]</p>';
    const meals = [
      'Asian Chicken Zoodles with sesame dressing and a handful of cashews',
      'Turkey chili with black beans, peppers and a spoon of Greek yogurt',
      'Salmon with roasted broccoli, brown rice and a squeeze of lemon',
      'Shrimp tacos on corn tortillas with cabbage slaw and avocado',
      'Lentil soup with spinach, carrots and one slice of whole-grain bread',
      'Grilled steak salad with tomatoes, cucumbers and a light vinaigrette',
    ];
    const days = meals.map((m, d) => `<h3>Day ${d + 1}</h3>${same}<p>Post-Workout Meal</p><p>${m}</p>`);
    const ctx = articleContext(days.join(''));
    dedupeParagraphs.run(ctx);
    expect(ctx.doc.querySelectorAll('p').length).toBe(30);
  });
  it('leaves repeated table cells and short lines', () => {
    const ctx = articleContext('<table><tr><td>合計同比增長</td></tr><tr><td>合計同比增長</td></tr></table><p>图片</p><p>图片</p>');
    dedupeParagraphs.run(ctx);
    expect(bodyText(ctx)).toBe('合計同比增長 合計同比增長 图片 图片');
  });
});

describe('drop-hidden', () => {
  it('drops inline-hidden and attribute-hidden elements, keeps long text hidden only by the live page', () => {
    const long = A.repeat(4);
    const ctx = pageContext(
      `<style>.x{display:none}</style>
      <p style="display: none">inline</p><p class="x">stylesheet rules are not read statically</p><div data-qd-hidden="live">${long}</div><p data-qd-hidden="live">short live-hidden</p><p hidden>attr</p><p aria-hidden="true">aria</p>`,
      undefined,
      'live',
    );
    dropHidden.run(ctx);
    expect(bodyText(ctx)).toBe(`stylesheet rules are not read statically ${long}`);
  });
});

describe('repeated short lines that are content', () => {
  it('keeps a question asked of every interviewee', () => {
    const q = 'Какую кухню любите сами? Есть ли предпочтения?';
    const ctx = articleContext(`<p>${q}</p><p>Итальянскую, конечно, и немного японскую.</p><p>${q}</p><p>Русскую домашнюю кухню моей бабушки.</p>`);
    dedupeParagraphs.run(ctx);
    dropDuplicateCopies.run(ctx);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(4);
  });
});

describe('structured repetition', () => {
  it('keeps lines shared by several plans, removes a copied sequence', () => {
    const plan = (x: string) =>
      `<h3>Meal Prep Menu for Eating Plan ${x}</h3><p>Portion Fix Containers: 1 Green, 2 Red, 1 Yellow, 1 tsp.</p><p>Plan ${x} breakfast: eggs and spinach on toast</p>`;
    const ctx = articleContext(`${plan('A')}${plan('B')}${plan('C')}`);
    dedupeParagraphs.run(ctx);
    expect(ctx.doc.querySelectorAll('h3')).toHaveLength(3);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(6);
  });
});
