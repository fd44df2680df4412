import { catalog, pathOf } from '../../../lib/catalog';
import { json } from '../../../lib/http';

export const GET = () =>
  json({
    providers: catalog().providers.map(({ id, name, description, codeForm, lookupUrl }) => ({
      id,
      name,
      description,
      codeForm,
      lookupUrl,
    })),
    documents: catalog()
      .documents()
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        summary: d.summary,
        depth: d.kind === 'error' ? d.depth : 'full',
        reviewed: d.reviewed,
        page: pathOf(d),
        json: `/api/v1/${d.kind === 'error' ? `errors/${d.id}` : d.kind === 'compare' ? d.id : `playbooks/${d.id.slice('playbook/'.length)}`}.json`,
      })),
  });
