import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/lib/json-schemas.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the JSON Schemas in schemas/', () => {
  it('are up to date with src/schemas/ (run `npm run schemas` and commit them when this fails)', () => {
    for (const [name, text] of jsonSchemaFiles()) {
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8'), `schemas/${name}`).toBe(text);
    }
    expect(readdirSync(join(ROOT, 'schemas')).sort()).toEqual([...jsonSchemaFiles().keys()].sort());
  });

  it('describe every field, for the editor’s hover', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as { properties?: Record<string, { description?: string }>; items?: unknown; additionalProperties?: unknown };
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (!child.description) undescribed.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      for (const item of [schema.items].flat()) walk(item, `${path}[]`);
      walk(schema.additionalProperties, `${path}.*`);
    };
    for (const [name, text] of jsonSchemaFiles()) walk(JSON.parse(text), name);
    expect(undescribed).toEqual([]);
  });

  it('mark dates with `format: date`', () => {
    const plan = JSON.parse(jsonSchemaFiles().get('plan.schema.json')!) as { properties: Record<string, { format?: string }> };
    expect(plan.properties['reviewed']).toMatchObject({ format: 'date', type: 'string' });
    expect(plan.properties['nextReview']).toMatchObject({ format: 'date' });
  });
});

/** The JSDoc text of a node without its tags (`@example`, `@default`), on one line. */
function jsdocText(node: ts.Node): string | undefined {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  const text = doc ? ts.getTextOfJSDocComment(doc.comment) : undefined;
  return text?.replace(/\s+/g, ' ').trim();
}

/** The `description` of the outermost `.meta({ description })` call of an expression. */
function metaDescription(expression: ts.Expression): string | undefined {
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
  if (expression.expression.name.text !== 'meta') return undefined;
  const [argument] = expression.arguments;
  if (!argument || !ts.isObjectLiteralExpression(argument)) return undefined;
  const property = argument.properties.find((entry) => entry.name && ts.isIdentifier(entry.name) && entry.name.text === 'description');
  return property && ts.isPropertyAssignment(property) && ts.isStringLiteralLike(property.initializer)
    ? property.initializer.text
    : undefined;
}

describe('the schema sources', () => {
  it('give every field the same words in its JSDoc (for code readers) and its description (for editors)', () => {
    const mismatches: string[] = [];
    const dir = join(ROOT, 'src/schemas');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
      const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        let pair: [string, ts.Node, ts.Expression] | undefined;
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) pair = [node.name.text, node, node.initializer];
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
          pair = [node.name.text, node, node.initializer];
        if (pair) {
          const [field, owner, initializer] = pair;
          const doc = jsdocText(owner);
          const description = metaDescription(initializer);
          // Fields must have both; other constants (helpers, lists) may have JSDoc alone.
          const isField = ts.isPropertyAssignment(owner) && doc !== undefined;
          if ((isField || description !== undefined) && doc !== description) {
            mismatches.push(`${name} ${field}: JSDoc ${JSON.stringify(doc)} ≠ description ${JSON.stringify(description)}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(mismatches).toEqual([]);
  });
});
