// Reports of consecutive years made from one report (no real pair of consecutive years of one issuer is in
// ../shared): every year and date a year earlier, figures as they were.
/** The text with every year from `year - 1` to `year + 1` one less (2024→2023, 2025→2024): last year's report. */
export function lastYearOf(text: string, year: number): string {
  return text.replace(/(?<!\d)(20\d\d)(?!\d)/g, (y) => {
    const n = Number(y);
    return n >= year - 1 && n <= year + 1 ? String(n - 1) : y;
  });
}
