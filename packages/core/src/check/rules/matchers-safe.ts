import { matcherProblem } from '../../decode/compile.js';
import type { Rule } from '../rule.js';

export const matchersSafe: Rule = {
  name: 'matchers-safe',
  description: 'Every decoder matcher compiles, captures one group named code, and cannot backtrack catastrophically.',
  check({ data }) {
    return data.providers.flatMap((p) =>
      p.matchers.flatMap((m, i) => {
        const problem = matcherProblem(m.pattern);
        return problem
          ? [{ rule: this.name, file: `providers/${p.id}.yaml`, field: `matchers[${i}] (${m.name})`, message: `pattern ${problem}` }]
          : [];
      }),
    );
  },
};
