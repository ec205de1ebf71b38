// Traditional characters (繁體), folded to simplified for matching.
//
// Mirror sites serve reports converted to traditional characters (統計期限、報告、條例、公開、申請). The
// parser, the analyses and the rules match simplified words; rather than spell every pattern twice, they
// match a folded copy of the text. Why a character map and not a converter:
// - every conversion that matters here is one BMP character to one BMP character, so the folded text has
//   the same length as the original and every offset found in it is an offset into the original: ranges,
//   quotes and fix edits are taken from the original text, never from the folded one;
// - the map is limited to the traditional forms of the characters the code matches (its patterns, the
//   labels and words of core/format, the words of the statute; test/unit/traditional.test.ts checks that
//   the traditional forms of all of them fold back). Forms that are also ordinary simplified characters
//   in other words (著 of 显著, 乾, 瞭, 藉, 錶 of 手錶) are left out, so a simplified text never changes.
//   覆 is both: 覆盖 in simplified text, 答覆、批覆 (答复、批复) in converted text; it is folded only in those
//   words;
// - a text without any of these characters is returned as it is after one search, so simplified reports
//   pay almost nothing.
// Regional word substitutions (資訊 for 信息, 檔案 for 文件, as some converters write) are other words, not
// other characters: they are not folded.

/** Pairs traditional→simplified, ordered by the simplified character. */
const PAIRS =
  '辦办報报筆笔畢毕閉闭編编標标別别並并併并補补佈布財财採采參参冊册層层產产場场稱称遲迟處处傳传詞词從从錯错' +
  '達达帶带單单當当黨党檔档導导島岛遞递顛颠點点電电調调訂订動动獨独讀读斷断隊队對对頓顿額额爾尔發发罰罚範范' +
  '訪访廢废費费復复複复該该蓋盖個个給给構构購购關关館馆慣惯規规國国過过還还漢汉號号覈核後后護护戶户華华話话' +
  '懷怀環环換换匯汇彙汇會会迴回獲获機机級级輯辑幾几計计記记際际濟济繼继間间監监減减檢检簡简見见將将繳缴較较節节' +
  '結结屆届僅仅緊紧謹谨進进經经徑径糾纠舊旧舉举據据決决開开況况臘腊來来欄栏覽览樂乐類类裏里裡里曆历歷历連连' +
  '兩两鄰邻領领錄录亂乱論论邏逻碼码滿满麼么沒没門门們们祕秘綿绵納纳內内農农評评齊齐棄弃籤签強强請请區区權权' +
  '卻却確确讓让認认閏闰刪删捨舍設设審审時时識识實实視视試试適适釋释屬属豎竖數数順顺說说説说訟讼訴诉臺台態态' +
  '攤摊討讨題题體体條条廳厅統统頭头圖图萬万網网圍围維维為为爲为穩稳問问無无務务誤误習习係系顯显縣县現现線线' +
  '鄉乡響响項项寫写須须虛虚許许續续選选詢询訓训嚴严樣样業业頁页義义億亿議议異异應应郵邮於于餘余與与員员圓圆' +
  '約约閱阅閲阅運运雜杂則则責责佔占張张長长這这鎮镇織织執执職职紙纸製制質质種种眾众衆众註注轉转準准諮咨資资' +
  '綜综總总組组' +
  // Words of the opening-sentence reader, school issuers and zones (parse/opening.ts, rules).
  '學学稅税爐炉園园驗验兒儿牽牵術术茲兹負负貫贯徹彻風风' +
  // Words of the later text rules (catch-all channels, rule-making levels).
  '載载蘇苏';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TO_SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);

/** 答覆、批覆、回覆、反覆: the words where 覆 stands for 复. */
const FU = '覆';
const FU_WORDS = /([答批回反])覆/g;

/**
 * UTF-16 unit → its simplified unit, 0 when it is not in the map: one array read per character.
 * 覆 is not in it: a text that holds it needs a look at its words.
 */
const TABLE = new Uint16Array(0x10000);
for (const [t, s] of TO_SIMPLIFIED) TABLE[t.charCodeAt(0)] = s.charCodeAt(0);
/**
 * The control characters a binary file shows (C0 but tab, line feed, form feed, carriage return; and
 * U+FFFD) are marked CONTROL: folding leaves them, but the scan stops at them, so that the parser learns
 * where the first one stands from the same pass over the text (foldTraditionalFindingControl).
 */
const CONTROL = 0xffff;
const CONTROL_CODES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0b, ...Array.from({ length: 0x20 - 0x0e }, (_, i) => 0x0e + i), 0xfffd];
for (const c of CONTROL_CODES) TABLE[c] = CONTROL;
/** 答批回反: the characters before 覆 in FU_WORDS. */
const FU_AFTER = new Set([...'答批回反'].map((c) => c.charCodeAt(0)));

/** The traditional→simplified pairs of the map (for tests). */
export function traditionalPairs(): ReadonlyMap<string, string> {
  return TO_SIMPLIFIED;
}

/**
 * `text` with the traditional characters of the map replaced by their simplified forms: same length,
 * same offsets. Returns `text` itself (the same string) when there is nothing to fold.
 */
export function foldTraditional(text: string): string {
  return foldInto(text, undefined);
}

/** foldTraditional, which also tells where the first control character (see CONTROL_CODES) stands. */
export function foldTraditionalFindingControl(text: string): { text: string; firstControl: number } {
  const found = { text, firstControl: -1 };
  found.text = foldInto(text, found);
  return found;
}

function foldInto(text: string, found: { firstControl: number } | undefined): string {
  const n = text.length;
  let out = '';
  let from = 0;
  for (let i = nextToFold(text, 0); i < n; i = nextToFold(text, i + 1)) {
    const to = TABLE[text.charCodeAt(i)];
    if (to === CONTROL) {
      // A control character: left as it is.
      if (found && found.firstControl < 0) found.firstControl = i;
      continue;
    }
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return foldFu(from === 0 ? text : out + text.slice(from));
}

/** Where the next character of the map stands in `text` from `from` on, or its length: a tight loop. */
function nextToFold(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && TABLE[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** `s` with 答覆、批覆、回覆、反覆 written with 复; `s` itself when it holds none (most texts hold no 覆 at all). */
function foldFu(s: string): string {
  for (let at = s.indexOf(FU); at >= 0; at = s.indexOf(FU, at + 1)) {
    if (FU_AFTER.has(s.charCodeAt(at - 1))) return s.replace(FU_WORDS, '$1复');
  }
  return s;
}
