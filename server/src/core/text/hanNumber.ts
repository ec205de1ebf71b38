// Small integers as Chinese numerals, the way heading markers write them: 一 … 十 十一 … 二十 二十一 ….
const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function hanNumber(n: number): string {
  if (n <= 0) return '〇';
  if (n < 10) return HAN_DIGITS[n];
  if (n < 20) return `十${HAN_DIGITS[n - 10]}`;
  if (n < 100) return `${HAN_DIGITS[Math.floor(n / 10)]}十${HAN_DIGITS[n % 10]}`;
  return String(n);
}
