import type { APIRoute } from 'astro';
import { catalog } from '../../../../lib/catalog';
import { json } from '../../../../lib/http';

export function getStaticPaths() {
  return catalog().compares.map((guide) => ({ params: { slug: guide.id.slice('compare/'.length) }, props: { guide } }));
}

export const GET: APIRoute = ({ props }) => json(props.guide);
