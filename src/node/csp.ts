import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';

/**
 * The Content Security Policy source for an inline `<style>` element whose text is `css`: what a
 * component hands `Astro.csp.insertStyleHash` for a rule it computes per page (Astro hashes the
 * styles it bundles itself, not those written with `is:inline`).
 */
export const styleHash = (css: string): `sha256-${string}` => `sha256-${createHash('sha256').update(css).digest('base64')}`;

type Directive = Parameters<NonNullable<AstroGlobal['csp']>['insertDirective']>[0];

/**
 * Inline `<style>` elements allowed, for pages that carry Mermaid's own SVGs (drawn in Chromium or in
 * the reader's browser) and for the editor's interface. Written as whole directives: Astro's typed helpers for these
 * (`insertStyleResource` with a `kind`) warn on every build that `style-src`'s sources do not carry
 * over, which is why `'self'` is repeated here.
 */
export const STYLE_ELEMENTS = "style-src-elem 'self' 'unsafe-inline'" as Directive;
/** `style` attributes allowed, for the same pages: Mermaid's SVGs and the editor's interface write them. */
export const STYLE_ATTRIBUTES = "style-src-attr 'unsafe-inline'" as Directive;
