/**
 * Reads the fields of the content schemas (src/schemas/*.ts) with their JSDoc comments, so the README's tables of
 * YAML and frontmatter fields are generated from the schemas and cannot drift from them: the schemas are the one
 * source. `npm run docs:schemas` rewrites the tables; a unit test fails when the README is out of date.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Field {
  /** Dotted path, e.g. "vendor.name"; "terms[].id" for fields of list items. */
  name: string;
  required: boolean;
  doc: string;
}

/** The object literal of a `z.strictObject({…})` or `z.object({…})` call somewhere in `node`'s call chain. */
function objectShape(node: ts.Expression, consts: Map<string, ts.Expression>): ts.ObjectLiteralExpression | undefined {
  if (ts.isIdentifier(node) && consts.has(node.text)) return objectShape(consts.get(node.text)!, consts);
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee) && /^(strictObject|object)$/.test(callee.name.text)) {
    const [shape] = node.arguments;
    if (shape && ts.isObjectLiteralExpression(shape)) return shape;
  }
  // z.array(x): the item's fields, under "name[]".
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'array') {
    const [item] = node.arguments;
    if (item) return objectShape(item, consts);
  }
  return ts.isPropertyAccessExpression(callee) ? objectShape(callee.expression, consts) : undefined;
}

const isOptional = (node: ts.Expression): boolean =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  (/^(optional|default)$/.test(node.expression.name.text) || isOptional(node.expression.expression));

const isArray = (node: ts.Expression, consts: Map<string, ts.Expression>): boolean =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  (node.expression.name.text === 'array' ||
    (node.expression.name.text !== 'strictObject' && isArray(node.expression.expression, consts)));

const jsdocOf = (node: ts.Node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The fields of the schema exported as `exportName` from `file`, in source order, nested fields after their parent. */
export function schemaFields(file: string, exportName: string): Field[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.Expression>();
  source.forEachChild((statement) => {
    if (!ts.isVariableStatement(statement)) return;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        consts.set(declaration.name.text, declaration.initializer);
      }
    }
  });
  const root = consts.get(exportName);
  const shape = root && objectShape(root, consts);
  if (!shape) throw new Error(`${file}: no z.strictObject schema named ${exportName}.`);

  const fields: Field[] = [];
  const walk = (object: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
      const doc = jsdocOf(property);
      const name = `${prefix}${property.name.text}`;
      if (!doc) throw new Error(`${file}: the field "${name}" has no doc comment; every schema field needs one.`);
      fields.push({ name, required: !isOptional(property.initializer), doc });
      const nested = objectShape(property.initializer, consts);
      if (nested) walk(nested, `${name}${isArray(property.initializer, consts) ? '[]' : ''}.`);
    }
  };
  walk(shape, '');
  return fields;
}

/** A doc comment as table-cell Markdown: pipes escaped, and a component tag such as <UpdateNote> shown as code. */
const asMarkdown = (doc: string) => doc.replace(/\|/g, '\\|').replace(/(?<!`)<[A-Z]\w*>(?!`)/g, '`$&`');

/** The README table of one schema's fields. */
export const fieldTable = (fields: Field[]) =>
  [
    '| Field | Required | Meaning |',
    '| ----- | -------- | ------- |',
    ...fields.map((f) => `| \`${f.name}\` | ${f.required ? 'yes' : 'no'} | ${asMarkdown(f.doc)} |`),
  ].join('\n');
