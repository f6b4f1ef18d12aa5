/**
 * Patterns that match Simplified and Traditional spellings alike: write a pattern once in
 * either script and `zh()` turns each character with a counterpart into a class,
 * e.g. zh('免责声明') matches 免責聲明 too.
 */
const PAIRS =
  '责責声聲编編辑輯审審对對统統筹籌监監制製总總读讀关關阅閱图圖网網报報记記' +
  '来來源源转轉载載权權点點击擊扫掃码碼维維发發表表时時间間闻聞页頁号號体體' +
  '数數据據还還应應这這条條热熱荐薦导導览覽链鏈觉覺视視频頻众眾广廣计計' +
  '们們务務单單张張馆館园園门門开開闭閉区區执執终終级級组組长長校校稿稿译譯' +
  '摄攝影影讯訊实實习習签簽复復归歸属屬传傳书書请請严嚴禁禁凡凡赞贊该該' +
  '经經并並无無于於处處责責论論说說递遞观觀注註许許护護见見议議' + // 注 matches 註 (註明) too
  '欢歡订訂户戶识識别別进進专專题題资資内內获獲册冊当當现現机機类類词詞围圍构構';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const [s, t] = [PAIRS[i]!, PAIRS[i + 1]!];
  if (s === t) continue;
  MAP.set(s, `[${s}${t}]`);
  MAP.set(t, `[${s}${t}]`);
}

/** Regex source for `text` matching both scripts; `\s*` may stand between characters with `gaps`. */
export function zhSource(text: string, gaps = false): string {
  const parts = [...text].map((ch) => MAP.get(ch) ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return parts.join(gaps ? '[\\s\\u00a0\\u3000]*' : '');
}

/** Regex source for any one of `words`, each matching both scripts: 免责声明|版权声明. */
export function zhAny(words: readonly string[]): string {
  return words.map((w) => zhSource(w)).join('|');
}

export function zh(text: string, flags = ''): RegExp {
  return new RegExp(zhSource(text), flags);
}
