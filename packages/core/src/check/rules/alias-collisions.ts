import { keyOf } from '../../catalog/normalize.js';
import type { Fault } from '../../content/fault.js';
import type { Rule } from '../rule.js';

export const aliasCollisions: Rule = {
  name: 'alias-collisions',
  description: "An alias belongs to one entry, and never spells another entry's code in the same family.",
  check({ data }) {
    const faults: Fault[] = [];
    const owner = new Map<string, string>();
    const codes = new Map(data.entries.map((e) => [`${e.provider}:${keyOf(e.code)}`, e.id]));
    for (const e of data.entries) {
      for (const alias of new Set(e.aliases)) {
        const key = keyOf(alias);
        if (!key) {
          faults.push({ rule: this.name, file: e.path, field: 'aliases', message: `alias "${alias}" has no letters or digits` });
          continue;
        }
        const holder = owner.get(key);
        if (holder && holder !== e.id) {
          faults.push({
            rule: this.name,
            file: e.path,
            field: 'aliases',
            message: `alias "${alias}" is also an alias of ${holder}; keep it on one entry`,
          });
        }
        owner.set(key, e.id);
        const coded = codes.get(`${e.provider}:${key}`);
        if (coded && coded !== e.id) {
          faults.push({
            rule: this.name,
            file: e.path,
            field: 'aliases',
            message: `alias "${alias}" spells the code of ${coded}; remove it`,
          });
        }
        if (key === keyOf(e.code)) {
          faults.push({
            rule: this.name,
            file: e.path,
            field: 'aliases',
            message: `alias "${alias}" is the entry's own code; lookup finds that already, remove it`,
          });
        }
      }
    }
    return faults;
  },
};
