import type { Fault } from '../../content/fault.js';
import type { Rule } from '../rule.js';

export const providerKnown: Rule = {
  name: 'provider-known',
  description: "Every entry's provider has a providers/<id>.yaml, and its code has the provider's code form.",
  check({ data }) {
    const faults: Fault[] = [];
    const providers = new Map(data.providers.map((p) => [p.id, p]));
    for (const e of data.entries) {
      const p = providers.get(e.provider);
      if (!p) {
        faults.push({
          rule: this.name,
          file: e.path,
          field: 'provider',
          message: `no provider "${e.provider}"; add content/providers/${e.provider}.yaml`,
        });
      } else if (!new RegExp(p.codePattern).test(e.code)) {
        faults.push({ rule: this.name, file: e.path, field: 'code', message: `"${e.code}" is not a ${p.name} code (${p.codeForm})` });
      }
    }
    for (const p of data.providers) {
      try {
        new RegExp(p.codePattern);
      } catch (err) {
        faults.push({
          rule: this.name,
          file: `providers/${p.id}.yaml`,
          field: 'codePattern',
          message: `not a valid regular expression: ${(err as Error).message}`,
        });
      }
    }
    return faults;
  },
};
