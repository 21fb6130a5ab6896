import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { audiencePolicy, hiddenPathsFor } from '../../src/lib/audience.ts';
import type { Portfolio } from '../../src/lib/model.ts';

/**
 * Rewrites, in a copy of the content tree, every value hidden from `audience` into a different value
 * that keeps the plans valid and complete (a champion stays a champion or supporter, a
 * decision-maker a decision-maker or economic buyer, a score stays 1–5, a high-influence person keeps
 * an owner), and adds to the stakeholder notes the audience may not read. An audience build of the
 * copy must then be byte for byte the build of the original: whatever differs was computed from a
 * hidden value, in whatever format it was printed.
 */
const SWAPS: Record<string, Record<string, string>> = {
  stance: { champion: 'supporter', supporter: 'champion', neutral: 'skeptic', skeptic: 'blocker', blocker: 'neutral' },
  influence: { medium: 'low', low: 'medium' },
  relationship: { strong: 'developing', developing: 'strong', weak: 'none', none: 'weak' },
  buyingRole: {
    'decision-maker': 'economic-buyer',
    'economic-buyer': 'decision-maker',
    'technical-buyer': 'user',
    user: 'influencer',
    influencer: 'gatekeeper',
    gatekeeper: 'coach',
    coach: 'technical-buyer',
  },
  cadence: { weekly: 'monthly', monthly: 'quarterly', quarterly: 'yearly', yearly: 'weekly' },
  stage: { transactional: 'developing', developing: 'collaborative', collaborative: 'partnership', partnership: 'transactional' },
};
/**
 * Added to the stakeholder notes of an account whose notes the audience may not see: different words,
 * and a diagram of a kind only Mermaid draws, which a page that showed it would have to allow inline
 * styles for (`Base.astro`). The page's policy must not hear of notes it leaves out.
 */
const HIDDEN_NOTES =
  '\n## Zq private notes\n\nZq the buyer leaves in March.\n\n```mermaid\npie title Zq share of wallet\n  "us" : 40\n  "others" : 60\n```\n';
/** Fields that are ids or references: changing them would break the plan rather than test it. */
const KEEP = new Set(['id', 'reportsTo', 'currency', 'confidential']);

function perturbScalar(key: string, value: unknown, path: readonly (string | number)[], team: readonly string[]): unknown {
  if (typeof value === 'number') {
    if (path[0] === 'selection') return (value % 5) + 1;
    return Number.isInteger(value) ? value * 3 + 7 : Math.round((value * 1.5 + 0.3) * 10) / 10;
  }
  if (typeof value !== 'string' || KEEP.has(key)) return value;
  if (Object.hasOwn(SWAPS, key)) return SWAPS[key]![value] ?? value;
  if (key === 'owner') return team[(team.indexOf(value) + 1) % team.length] ?? value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 3);
    return date.toISOString().slice(0, 10);
  }
  return `Zq ${value.split('').reverse().join('')}`;
}

/** Rewrites every scalar under `segments` (lists addressed through their name) in a YAML document. */
function perturbAt(doc: Document, node: unknown, segments: readonly string[], path: (string | number)[], team: readonly string[]): void {
  if (isSeq(node)) {
    node.items.forEach((item, index) => perturbAt(doc, item, segments, [...path, index], team));
    return;
  }
  if (segments.length > 0) {
    if (!isMap(node)) return;
    const [head, ...rest] = segments as [string, ...string[]];
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === head);
    if (pair) perturbAt(doc, pair.value, rest, [...path, head], team);
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) if (isScalar(pair.key)) perturbAt(doc, pair.value, [], [...path, String(pair.key.value)], team);
  } else if (isScalar(node)) {
    const key = String([...path].reverse().find((segment) => typeof segment === 'string') ?? '');
    node.value = perturbScalar(key, node.value, path, team);
  }
}

/** Perturbs the hidden values of every content file under `contentDir` (a copy), in place. */
export function perturbHidden(portfolio: Portfolio, audience: string, contentDir: string, root: string): number {
  const team = [...portfolio.team.keys()];
  const policy = audiencePolicy(portfolio.settings, audience);
  let files = 0;
  for (const account of portfolio.accounts) {
    const paths = hiddenPathsFor(portfolio, account, audience);
    for (const doc of [account.plan, account.stakeholders, ...account.values]) {
      if (!doc) continue;
      const file = join(contentDir, doc.path.slice(root.length + 1));
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---', 3);
      const yaml = parseDocument(text.slice(4, end + 1));
      for (const path of paths) perturbAt(yaml, yaml.contents, path.split('.'), [], team);
      const notes = doc === account.stakeholders && !policy.notesVisible(account) ? HIDDEN_NOTES : '';
      const rewritten = `---\n${yaml.toString()}${text.slice(end + 1)}${notes}`;
      if (rewritten !== text) {
        writeFileSync(file, rewritten);
        files++;
      }
    }
  }
  return files;
}
