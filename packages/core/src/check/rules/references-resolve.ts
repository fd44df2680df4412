import type { Fault } from '../../content/fault.js';
import type { Rule } from '../rule.js';

export const referencesResolve: Rule = {
  name: 'references-resolve',
  description: 'Every related id, compared id and covered id names an existing entry.',
  check({ data }) {
    const ids = new Set(data.entries.map((e) => e.id));
    const faults: Fault[] = [];
    const need = (file: string, field: string, id: string) => {
      if (!ids.has(id))
        faults.push({ rule: this.name, file, field, message: `"${id}" is not an entry; write errors/${id}.md or remove the reference` });
    };
    for (const e of data.entries) {
      for (const r of e.related) {
        if (r === e.id) faults.push({ rule: this.name, file: e.path, field: 'related', message: 'an entry cannot be related to itself' });
        else need(e.path, 'related', r);
      }
    }
    for (const c of data.compares) for (const id of c.compares) need(c.path, 'compares', id);
    for (const p of data.playbooks) for (const id of p.covers) need(p.path, 'covers', id);
    return faults;
  },
};
