/** When reminder `r` of conference `c` is due: its own time, or `days_before` days before the start at the same Stockholm wall time. */
export const DUE_AT = `COALESCE(r.send_at, ((c.starts_at AT TIME ZONE 'Europe/Stockholm') - make_interval(days => r.days_before)) AT TIME ZONE 'Europe/Stockholm')`;

export const REMINDER_COLUMNS = `r.id, r.days_before AS "daysBefore", ${DUE_AT} AS "dueAt", r.text_sv AS "textSv", r.text_en AS "textEn",
  r.sent_at AS "sentAt", r.message_id AS "messageId"`;

export const REMINDER_JOB = 'messaging.reminder';
export const DUE_REMINDERS_JOB = 'messaging.reminders-due';
