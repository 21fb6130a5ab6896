import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import {
  memberRecord,
  NO_SORT_VALUE,
  planRecord,
  searchSorts,
  sortName,
  stakeholderRecords,
  valueRecord,
  type SearchContext,
} from '../../src/lib/search/records.ts';
import { summarize } from '../../src/lib/view/accounts.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT } from '../helpers/site.ts';

const { portfolio } = runEngine(readContentTree(resolve(ROOT, 'content'), ROOT));
const summaries = summarize(portfolio.accounts, portfolio.settings, undefined, '2026-11-23');
const ctx: SearchContext = { t: en, settings: portfolio.settings, memberName: (id) => portfolio.team.get(id)?.data.name };
const summary = (id: string) => summaries.find((candidate) => candidate.id === id)!;

describe('search records', () => {
  it('sorts names without regard to accents or case', () => {
    expect(sortName('Álvaro Prieto')).toBe('alvaro prieto');
    expect(['Zubizarreta', 'Óscar', 'Íñigo'].map(sortName).sort()).toEqual(['inigo', 'oscar', 'zubizarreta']);
  });

  it('gives a plan its facets, in the interface language, and its sort keys', () => {
    const record = planRecord(summary('mercaverde'), ctx);
    expect(record.filters).toEqual({
      type: ['Account plan'],
      status: ['Active'],
      tier: ['Invest'],
      owner: ['Laura Gómez'],
      industry: ['Distribución alimentaria'],
      region: ['España (Levante y Centro)'],
      language: ['Spanish'],
      account: ['Mercaverde Supermercados'],
    });
    expect(record.sort).toEqual({ name: 'mercaverde supermercados', completeness: NO_SORT_VALUE, revenue: '9600000' });
  });

  it('sorts a target in another currency last rather than comparing pesos with euros', () => {
    expect(planRecord(summary('novatek'), ctx).sort.revenue).toBe(NO_SORT_VALUE);
  });

  it('makes one record per stakeholder, pointing at their row, without the account name in the text', () => {
    const records = stakeholderRecords(summary('mercaverde'), '/accounts/mercaverde/', ctx);
    expect(records).toHaveLength(summary('mercaverde').account.stakeholders!.data.people.length);
    const rocio = records.find((record) => record.meta['title'] === 'Rocío Núñez')!;
    expect(rocio.url).toBe('/accounts/mercaverde/#person-rocio-nunez');
    expect(rocio.content).toMatch(/^Rocío Núñez\. Directora de Cadena de Suministro\./);
    expect(rocio.content).not.toContain('Mercaverde');
    expect(rocio.filters.type).toEqual(['Stakeholder']);
    expect(rocio.filters.account).toEqual(['Mercaverde Supermercados']);
  });

  it('gives every record every sort key, so that sorting never drops one', () => {
    const lumo = summary('lumo-moda');
    const member = portfolio.team.get('laura-gomez')!.data;
    const records = [
      planRecord(lumo, ctx),
      valueRecord(lumo, lumo.account.values[0]!, ctx),
      memberRecord(member, ctx),
      ...stakeholderRecords(lumo, '/x/', ctx),
    ];
    for (const record of records) expect(Object.keys(record.sort).sort()).toEqual([...searchSorts].sort());
    expect(memberRecord(member, ctx).filters).toEqual({ type: ['Team member'] });
  });
});
