import type { Rule } from '../rule.js';

export const guideShape: Rule = {
  name: 'guide-shape',
  description: 'Each row of a compare guide has one value per compared entry.',
  check({ data }) {
    return data.compares.flatMap((c) =>
      c.aspects
        .filter((a) => a.values.length !== c.compares.length)
        .map((a) => ({
          rule: this.name,
          file: c.path,
          field: `aspects "${a.aspect}"`,
          message: `has ${a.values.length} values for ${c.compares.length} compared entries; give one per entry, in order`,
        })),
    );
  },
};
