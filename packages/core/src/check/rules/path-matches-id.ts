import type { Fault } from '../../content/fault.js';
import type { Rule } from '../rule.js';

export const pathMatchesId: Rule = {
  name: 'path-matches-id',
  description: "A file's path agrees with its id: errors/<provider>/<code>.md, compare/<slug>.md, playbooks/<slug>.md.",
  check({ data }) {
    const faults: Fault[] = [];
    const expect = (file: string, want: string, field: string, what: string) => {
      if (file !== want) faults.push({ rule: this.name, file, field, message: `${what}; move the file to ${want} or change the ${field}` });
    };
    for (const e of data.entries) {
      if (e.id !== `${e.provider}/${e.code}`) {
        faults.push({
          rule: this.name,
          file: e.path,
          field: 'id',
          message: `id "${e.id}" should be "${e.provider}/${e.code}" (provider/code)`,
        });
      }
      expect(e.path, `errors/${e.provider}/${e.code}.md`, 'id', `id "${e.id}" does not match the path`);
    }
    for (const c of data.compares)
      expect(c.path, `compare/${c.id.slice('compare/'.length)}.md`, 'id', `id "${c.id}" does not match the path`);
    for (const p of data.playbooks)
      expect(p.path, `playbooks/${p.id.slice('playbook/'.length)}.md`, 'id', `id "${p.id}" does not match the path`);
    return faults;
  },
};
