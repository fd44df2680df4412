import { slimCatalog } from '../../lib/slim';

export const GET = () => new Response(JSON.stringify(slimCatalog()), { headers: { 'content-type': 'application/json' } });
