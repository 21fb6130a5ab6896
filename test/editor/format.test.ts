import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, fromFile, SOURCE_FIELD, toFile, type FileKind } from '../../src/lib/editor/format.ts';
import { ACCOUNT_FIELD, NAME_FIELD, TYPE_FIELD } from '../../src/lib/editor/types.ts';
import { ROOT } from '../helpers/site.ts';

const files = execFileSync('git', ['ls-files', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
const kindOf = (path: string): FileKind => (path.endsWith('.mdx') ? 'mdx' : 'yaml');
/** What the CMS does with entry data between loading and saving: a JSON-like copy. */
const throughCms = (data: object) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>;

/** The lines of `after` that differ from `before`, as `-old` / `+new` pairs, for files of equal length. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [`-${line}`, `+${b[index]}`]));
}

describe("the editor's format layer", () => {
  it('saves every sample file unchanged byte for byte', () => {
    expect(files.length).toBeGreaterThan(40);
    const changed = files.filter((path) => {
      const text = readFileSync(join(ROOT, path), 'utf8');
      return toFile(throughCms(fromFile(text, kindOf(path))), kindOf(path)) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('keeps a BOM, CRLF line endings, comments and quoting it did not touch', () => {
    const text =
      '\uFEFF---\r\n# the map\r\npeople:\r\n  - id: ana\r\n    name: "Ana"   # CEO\r\n    stance: neutral\r\n---\r\n\r\nNotes.\r\n';
    const data = throughCms(fromFile(text, 'mdx'));
    expect(toFile(data, 'mdx')).toBe(text);
    (data['people'] as { stance: string }[])[0]!.stance = 'supporter';
    expect(toFile(data, 'mdx')).toBe(text.replace('stance: neutral', 'stance: supporter'));
  });

  it('changes only the lines of the fields that changed', () => {
    const path = 'content/accounts/mercaverde/plan.mdx';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const data = throughCms(fromFile(text, 'mdx'));
    const kpis = data['kpis'] as { target: number }[];
    kpis[1]!.target = 4;
    data['status'] = 'draft';
    expect(changedLines(text, toFile(data, 'mdx'))).toEqual(['-status: active', '+status: draft', '-    target: 5', '+    target: 4']);
  });

  it('keeps the quotes of a quoted string it changes', () => {
    const text = 'name: "Laura Gómez"\nrole: kam\n';
    const data = throughCms(fromFile(text, 'yaml'));
    data['name'] = 'Laura Gómez Ruiz';
    expect(toFile(data, 'yaml')).toBe('name: "Laura Gómez Ruiz"\nrole: kam\n');
  });

  it('adds, removes and clears fields through the YAML document, keeping comments elsewhere', () => {
    const text = '# Laura\nname: Laura Gómez # full name\nrole: kam\nemail: laura@example.com\n';
    const data = throughCms(fromFile(text, 'yaml'));
    data['email'] = '';
    data['function'] = 'Sales';
    data['github'] = '';
    expect(toFile(data, 'yaml')).toBe('# Laura\nname: Laura Gómez # full name\nrole: kam\nfunction: Sales\n');
  });

  it('adds a list item in the style of the list', () => {
    const text = 'account: Acme\nkpis:\n  - name: OTIF\n    target: 98\n';
    const data = throughCms(fromFile(text, 'yaml'));
    (data['kpis'] as object[]).push({ name: 'Claims', target: 2, unit: '', due: '' });
    expect(toFile(data, 'yaml')).toBe('account: Acme\nkpis:\n  - name: OTIF\n    target: 98\n  - name: Claims\n    target: 2\n');
  });

  it('never writes its own bookkeeping fields', () => {
    const text = '---\naccount: Acme\n---\n\nBody.\n';
    const data = throughCms(fromFile(text, 'mdx'));
    expect(data[SOURCE_FIELD]).toBe(text);
    expect(data[TYPE_FIELD]).toBe('plan');
    data['account'] = 'Acme Corp';
    expect(toFile(data, 'mdx')).toBe('---\naccount: Acme Corp\n---\n\nBody.\n');
  });

  it('writes a new entry with its keys in the form’s order, without empty fields or the editor’s own', () => {
    const entry = {
      [ACCOUNT_FIELD]: 'acme',
      [NAME_FIELD]: '',
      [TYPE_FIELD]: 'plan',
      period: { start: '2027-01-01', end: '2027-12-31' },
      // A group begun, then cleared: nothing of it is written.
      revenue: { currency: '', target: null },
      kpis: [],
      account: 'Acme',
      sponsor: '',
      status: 'draft',
      [BODY_FIELD]: '',
    };
    const order = { plan: [ACCOUNT_FIELD, 'account', 'status', 'sponsor', 'period', 'kpis', BODY_FIELD, TYPE_FIELD] };
    expect(toFile(entry, 'mdx', order)).toBe('---\naccount: Acme\nstatus: draft\nperiod:\n  start: 2027-01-01\n  end: 2027-12-31\n---\n');
    expect(toFile({ ...entry, [BODY_FIELD]: '## Vision\n\nText.' }, 'mdx', order)).toMatch(/\n---\n\n## Vision\n\nText\.\n$/);
    expect(toFile({ name: 'Ana', id: '', role: 'KAM' }, 'yaml', { yaml: ['role', 'name'] })).toBe('role: KAM\nname: Ana\n');
  });

  it('edits a plain Markdown body and keeps the blank line and final newline', () => {
    const text = '---\naccount: Acme\n---\n\n## Vision\n\nOld.\n';
    const data = throughCms(fromFile(text, 'mdx'));
    data['body'] = '## Vision\n\nNew text.';
    expect(toFile(data, 'mdx')).toBe('---\naccount: Acme\n---\n\n## Vision\n\nNew text.\n');
  });

  it('never rewrites a body with imports, JSX or expressions', () => {
    const text =
      "---\naccount: Acme\n---\nimport Chart from './chart.astro';\n\n## Vision\n\n<Chart value={frontmatter.revenue.target} />\n";
    const data = throughCms(fromFile(text, 'mdx'));
    data['body'] = '## Vision\n\n\\<Chart value=\\{frontmatter.revenue.target} />';
    data['account'] = 'Acme Corp';
    expect(toFile(data, 'mdx')).toBe(text.replace('account: Acme', 'account: Acme Corp'));
  });
});
