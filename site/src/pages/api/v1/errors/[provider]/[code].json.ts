import type { APIRoute } from 'astro';
import type { Entry } from 'errata/schema';
import { catalog } from '../../../../../lib/catalog';
import { json } from '../../../../../lib/http';

export function getStaticPaths() {
  return catalog().entries.map((entry) => ({ params: { provider: entry.provider, code: entry.code }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) => {
  const entry = props.entry as Entry;
  const guides = catalog().guidesFor(entry.id);
  return json({ ...entry, guides: { compares: guides.compares.map((g) => g.id), playbooks: guides.playbooks.map((g) => g.id) } });
};
