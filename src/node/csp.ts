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
 * Inline `<style>` elements allowed, for a page whose scripts write them (Mermaid in the reader's
 * browser, the editor's interface). Written as whole directives: Astro's typed helpers for these
 * (`insertStyleResource` with a `kind`) warn on every build that `style-src`'s sources do not carry
 * over, which is why `'self'` is repeated here.
 */
export const STYLE_ELEMENTS = "style-src-elem 'self' 'unsafe-inline'" as Directive;
/** `style` attributes allowed, for the editor's interface and Mermaid drawing in the reader's browser. */
export const STYLE_ATTRIBUTES = "style-src-attr 'unsafe-inline'" as Directive;
