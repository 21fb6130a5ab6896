/** Formats numbers, money and dates for one UI locale with `Intl`. Pure: no Astro, no Node. */
export interface Formatter {
  readonly locale: string;
  /** `€8,900,000` / `8.900.000 €`; cents only when the amount has them. */
  money(amount: number, currency: string): string;
  number(value: number): string;
  /** A ratio (0.37) as a percentage (`37%`). */
  percent(ratio: number): string;
  /** A 1–5 score or a weighted mean of scores, with at most one decimal. */
  score(value: number): string;
  /** A calendar date written `YYYY-MM-DD`, shown as the locale writes dates. */
  date(iso: string): string;
}

export function createFormatter(locale: string): Formatter {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string, cents: boolean) => {
    const key = `${currency}:${cents}`;
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: cents ? 2 : 0,
        maximumFractionDigits: cents ? 2 : 0,
      });
      moneyFormats.set(key, format);
    }
    return format;
  };
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const scoreFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  // Calendar dates carry no time zone; formatting them in UTC keeps the day as written.
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dates = new Map<string, string>();

  return {
    locale,
    money: (amount, currency) => moneyFormat(currency, !Number.isInteger(amount)).format(amount),
    number: (value) => numberFormat.format(value),
    percent: (ratio) => percentFormat.format(ratio),
    score: (value) => scoreFormat.format(value),
    date: (iso) => {
      // A portfolio repeats the same few hundred dates on thousands of pages; Intl is slow to format.
      let text = dates.get(iso);
      if (text === undefined) {
        const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
        text = match ? dateFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : iso;
        dates.set(iso, text);
      }
      return text;
    },
  };
}
