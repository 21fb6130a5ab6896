import type { APIRoute } from 'astro';
import { portfolioCsv } from '../../lib/portfolio/export.ts';
import { portfolioExport } from '../../node/portfolio-export.ts';

/** `/api/portfolio.csv`: the same figures as `/api/portfolio.json`, one account per row. */
export const GET: APIRoute = ({ site }) =>
  new Response(portfolioCsv(portfolioExport(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
