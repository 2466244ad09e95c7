import { lang, t } from './i18n';

const zone = 'Asia/Shanghai';

/** An instant in Beijing time, e.g. "2018-03-12 09:00". */
export function beijing(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return iso;
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(d).reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Today's date in Beijing as yyyy-mm-dd. */
export function beijingToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "3天4小时" / "3 d 4 h" until (or since) an instant; the sign tells which. */
export function countdown(dueIso: string, now = Date.now()): { text: string; overdue: boolean; soon: boolean } {
  const ms = new Date(dueIso).getTime() - now;
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const span = days > 0
    ? `${t('time.days', { n: days })}${lang() === 'en' ? ' ' : ''}${t('time.hours', { n: hours })}`
    : hours > 0 ? `${t('time.hours', { n: hours })}${lang() === 'en' ? ' ' : ''}${t('time.minutes', { n: minutes })}` : t('time.minutes', { n: minutes });
  return ms >= 0
    ? { text: t('countdown.left', { time: span }), overdue: false, soon: ms < 7 * 86_400_000 }
    : { text: t('countdown.overdue', { time: span }), overdue: true, soon: false };
}
