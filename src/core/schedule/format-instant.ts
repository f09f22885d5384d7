/** A moment as people read it in a channel's time zone: "Fri 1 Aug, 08:00 Europe/Madrid". */
export function formatInstant(moment: number | string, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(moment));
  return `${text} ${timeZone}`;
}
