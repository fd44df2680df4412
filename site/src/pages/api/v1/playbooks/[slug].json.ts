import type { APIRoute } from 'astro';
import { catalog } from '../../../../lib/catalog';
import { json } from '../../../../lib/http';

export function getStaticPaths() {
  return catalog().playbooks.map((playbook) => ({ params: { slug: playbook.id.slice('playbook/'.length) }, props: { playbook } }));
}

export const GET: APIRoute = ({ props }) => json(props.playbook);
