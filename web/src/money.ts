// Money is kept exactly, as an integer number of 分 (fen), never as a floating-point amount of 元: the API's rule.

/** Parses a user's amount in 元 ("1234.5", "1,234.50"); null for empty, an error code for anything else. */
export function parseYuan(text: string): { fen: number | null; error?: 'negative' | 'too-many-decimals' | 'not-a-number' } {
  const s = text.replace(/[,，\s]/g, '');
  if (s === '') {
    return { fen: null };
  }
  if (/^-\d/.test(s)) {
    return { fen: null, error: 'negative' };
  }
  const m = /^(\d{1,13})(?:\.(\d*))?$/.exec(s);
  if (!m) {
    return { fen: null, error: 'not-a-number' };
  }
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 2) {
    return { fen: null, error: 'too-many-decimals' };
  }
  return { fen: Number(m[1]) * 100 + Number(decimals.padEnd(2, '0')) };
}

/** CNY from the API (a JSON number with at most two decimals) to fen. */
export function toFen(cny: number): number {
  return Math.round(cny * 100);
}

/** Fen to the JSON number the API reads as an exact decimal (shortest round-trip text of n/100 is the 2-decimal value). */
export function fenToCny(fen: number): number {
  return fen / 100;
}

/** 1234567.8 元 as "1,234,567.80". */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${(abs % 100).toString().padStart(2, '0')}`;
}

/** Fen as 万元 with two decimals, rounded half away from zero (四舍五入), as the department's tables and the API do. */
export function formatWan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const hundredths = Math.floor((Math.abs(fen) + 5000) / 10000); // 0.01 万元 = 100 元 = 10,000 分
  return `${sign}${Math.floor(hundredths / 100)}.${(hundredths % 100).toString().padStart(2, '0')}`;
}

/** Fen to a plain input value in 元 ("1234.5" → "1234.50"; whole amounts without decimals). */
export function fenToInput(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : `${Math.floor(fen / 100)}.${(fen % 100).toString().padStart(2, '0')}`;
}
