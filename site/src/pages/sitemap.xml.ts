import { catalog, pathOf } from '../lib/catalog';

export const GET = ({ site }: { site: URL }) => {
  const kb = catalog();
  const pages = [
    { path: '/', lastmod: undefined },
    { path: '/decode/', lastmod: undefined },
    { path: '/guides/', lastmod: undefined },
    { path: '/coverage/', lastmod: undefined },
    { path: '/about/', lastmod: undefined },
    ...kb.providers.map((p) => ({ path: `/errors/${p.id}/`, lastmod: undefined })),
    ...kb.documents().map((d) => ({ path: pathOf(d), lastmod: d.reviewed })),
  ];
  const urls = pages.map((p) => `<url><loc>${new URL(p.path, site).href}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`);
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml' },
    },
  );
};
