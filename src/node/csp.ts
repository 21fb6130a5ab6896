import { createHash } from 'node:crypto';

/**
 * The Content Security Policy source for an inline `<style>` element whose text is `css`: what a
 * component hands `Astro.csp.insertStyleHash` for a rule it computes per page (Astro hashes the
 * styles it bundles itself, not those written with `is:inline`).
 */
export const styleHash = (css: string): `sha256-${string}` => `sha256-${createHash('sha256').update(css).digest('base64')}`;
