import type { Rule } from '../rule.js';

/** True when YYYY-MM-DD names a day that exists (no 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export const reviewedDate: Rule = {
  name: 'reviewed-date',
  description: '`reviewed` is a real calendar date and not in the future.',
  check({ data, today }) {
    return [...data.entries, ...data.compares, ...data.playbooks].flatMap((doc) => {
      if (!isCalendarDate(doc.reviewed)) {
        return [
          {
            rule: this.name,
            file: doc.path,
            field: 'reviewed',
            message: `"${doc.reviewed}" is not a real date; write the day you checked the claims`,
          },
        ];
      }
      if (doc.reviewed > today) {
        return [
          {
            rule: this.name,
            file: doc.path,
            field: 'reviewed',
            message: `${doc.reviewed} is in the future (today is ${today}); write the day you checked the claims`,
          },
        ];
      }
      return [];
    });
  },
};
