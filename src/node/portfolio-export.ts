import { exportPortfolio, type PortfolioExport } from '../lib/portfolio/export.ts';
import { siteData } from './site-data.ts';

/**
 * The export both endpoints serve. Account URLs are absolute when `site` is set in the Astro
 * config (`site` is Astro's own setting for the address the site is served at), else root-relative.
 */
export function portfolioExport(site: URL | undefined): PortfolioExport {
  const { portfolio, summaries, today, urls } = siteData();
  return exportPortfolio(summaries, {
    settings: portfolio.settings,
    today,
    memberName: (id) => portfolio.team.get(id)?.data.name,
    urlOf: (id) => (site ? new URL(urls.account(id), site).href : urls.account(id)),
  });
}
