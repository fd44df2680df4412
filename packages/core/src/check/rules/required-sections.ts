import type { Fault } from '../../content/fault.js';
import { COMPARE_SECTIONS, ENTRY_SECTIONS, PLAYBOOK_SECTIONS } from '../../schema/index.js';
import type { Rule } from '../rule.js';

export const requiredSections: Rule = {
  name: 'required-sections',
  description: 'Full entries have every section and a primary source; reference entries have Meaning; guides have theirs.',
  check({ data }) {
    const faults: Fault[] = [];
    const missing = (file: string, heading: string, why: string) =>
      faults.push({ rule: this.name, file, field: heading, message: `missing "## ${heading}" (${why}); add it` });
    for (const e of data.entries) {
      const required = e.depth === 'full' ? ENTRY_SECTIONS : ENTRY_SECTIONS.filter((s) => s.key === 'meaning');
      for (const s of required) if (!(s.key in e.sections)) missing(e.path, s.heading, `required at depth ${e.depth}`);
      if (e.depth === 'full') {
        if (!e.sources.some((s) => s.kind === 'primary')) {
          faults.push({
            rule: this.name,
            file: e.path,
            field: 'sources',
            message: 'a full entry needs at least one primary source (vendor docs, a specification, or source code)',
          });
        }
        if ('causes' in e.sections && !e.causes.length)
          faults.push({
            rule: this.name,
            file: e.path,
            field: 'Common causes',
            message: 'write the causes as a list of "- **Title.** detail" items',
          });
        if ('fixes' in e.sections && !e.fixes.length)
          faults.push({
            rule: this.name,
            file: e.path,
            field: 'How to fix',
            message: 'write the fixes as a list of "- **Title.** detail" items',
          });
      }
    }
    for (const c of data.compares)
      for (const s of COMPARE_SECTIONS) if (s.required && !(s.key in c.sections)) missing(c.path, s.heading, 'required in a compare guide');
    for (const p of data.playbooks) {
      for (const s of PLAYBOOK_SECTIONS) if (s.required && !(s.key in p.sections)) missing(p.path, s.heading, 'required in a playbook');
      if ('steps' in p.sections && p.steps.length < 2) {
        faults.push({
          rule: this.name,
          file: p.path,
          field: 'Steps',
          message: 'a playbook needs at least two "1. **Title.** detail" steps',
        });
      }
    }
    return faults;
  },
};
