import type { Fault } from '../../content/fault.js';
import type { Rule } from '../rule.js';

export const citationsRule: Rule = {
  name: 'citations',
  description:
    'Causes and fixes are "**Title.** detail" items; every [n] names a source; in full entries each item cites a source or is marked [field experience].',
  check({ data }) {
    const faults: Fault[] = [];
    for (const e of data.entries) {
      for (const [field, items] of [
        ['Common causes', e.causes],
        ['How to fix', e.fixes],
      ] as const) {
        items.forEach((item, i) => {
          const where = `${field} item ${i + 1}`;
          if (!item.title)
            faults.push({
              rule: this.name,
              file: e.path,
              field: where,
              message: 'start the item with a bold title: "- **Title.** detail"',
            });
          for (const n of item.cites) {
            if (n > e.sources.length)
              faults.push({
                rule: this.name,
                file: e.path,
                field: where,
                message: `cites [${n}] but there are ${e.sources.length} sources`,
              });
          }
          if (e.depth === 'full' && !item.cites.length && !item.fieldExperience) {
            faults.push({
              rule: this.name,
              file: e.path,
              field: where,
              message: `"${item.title}" is not backed: end it with [n] for a source, or [field experience] and the reasoning`,
            });
          }
        });
      }
    }
    return faults;
  },
};
