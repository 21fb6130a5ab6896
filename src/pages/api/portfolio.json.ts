import type { APIRoute } from 'astro';
import { portfolioExport } from '../../node/portfolio-export.ts';

/** `/api/portfolio.json`: every account's key figures (see `ExportedAccount` for the fields). */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(portfolioExport(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
