import type { Rule } from '../rule.js';

export const uniqueIds: Rule = {
  name: 'unique-ids',
  description: 'No two documents share an id, and no two providers share an id.',
  check({ data }) {
    const seen = new Map<string, string>();
    const docs = [...data.entries, ...data.compares, ...data.playbooks];
    const faults = docs.flatMap((doc) => {
      const key = doc.id.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, doc.path);
        return [];
      }
      return [
        {
          rule: this.name,
          file: doc.path,
          field: 'id',
          message: `id "${doc.id}" is already used by ${first}; give each document its own id`,
        },
      ];
    });
    const providers = new Set<string>();
    for (const p of data.providers) {
      if (providers.has(p.id))
        faults.push({ rule: this.name, file: `providers/${p.id}.yaml`, field: 'id', message: `provider "${p.id}" is defined twice` });
      providers.add(p.id);
    }
    return faults;
  },
};
