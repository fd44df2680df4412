import type { Rule } from '../rule.js';

export const noEmptySections: Rule = {
  name: 'no-empty-sections',
  description: 'A heading that is present has text under it.',
  check({ data }) {
    return [...data.entries, ...data.compares, ...data.playbooks].flatMap((doc) =>
      Object.entries(doc.sections as Record<string, string>)
        .filter(([, markdown]) => !markdown.trim())
        .map(([key]) => ({
          rule: this.name,
          file: doc.path,
          field: key,
          message: `section "${key}" is empty; write it or remove the heading`,
        })),
    );
  },
};
