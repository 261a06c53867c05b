import type { APIRoute } from 'astro';

/**
 * `/robots.txt`: everything may be crawled; with `SITE_URL` set (Astro's `site`), it names the
 * sitemap @astrojs/sitemap writes (issue 10, item 5).
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
