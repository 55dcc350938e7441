import type { Node, Tree } from 'web-tree-sitter';
import { z } from 'zod';
import { loadQuery } from '../../parse/load-query.js';
import { projectPath } from '../../paths.js';
import { literalValue, PyLiteralSchema, typeExprOf, TypeExprSchema } from './type-expr.js';

export const EnumInfoSchema = z.object({
  name: z.string(),
  /** Members in source order; `value` is what a fixture writes for the member. */
  members: z.array(z.object({ name: z.string(), value: PyLiteralSchema })),
});

export const DataclassFieldSchema = z.object({ name: z.string(), type: TypeExprSchema, hasDefault: z.boolean() });

export const ModuleTypesSchema = z.object({
  enums: z.record(z.string(), EnumInfoSchema),
  dataclasses: z.record(z.string(), z.object({ name: z.string(), fields: z.array(DataclassFieldSchema) })),
});
export type EnumInfo = z.infer<typeof EnumInfoSchema>;
export type DataclassField = z.infer<typeof DataclassFieldSchema>;
export type ModuleTypes = z.infer<typeof ModuleTypesSchema>;

const CAPTURES = ['enum.name', 'enum.base', 'enum.body', 'dataclass.decorator', 'dataclass.name', 'dataclass.body'] as const;

function statements(body: Node): Node[] {
  return body.namedChildren.filter((s): s is Node => s !== null && s.type === 'expression_statement').map((s) => s.namedChild(0)!).filter((e) => e?.type === 'assignment');
}

/** Members whose value is a literal or `auto()`; null when a member's value cannot be known statically. */
function enumMembers(base: string, body: Node): EnumInfo['members'] | null {
  const members: EnumInfo['members'] = [];
  let lastInt = 0;
  for (const a of statements(body)) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (left?.type !== 'identifier' || !right || a.childForFieldName('type')) continue;
    if (left.text.startsWith('_')) continue;
    let value = literalValue(right);
    if (value === undefined && /^(enum\.)?auto\(\)$/.test(right.text)) {
      // enum.auto(): StrEnum gives the lower-cased name, the others the next integer.
      value = base.endsWith('StrEnum') ? left.text.toLowerCase() : lastInt + 1;
    }
    if (value === undefined) return null;
    if (typeof value === 'number') lastInt = value;
    members.push({ name: left.text, value });
  }
  return members.length ? members : null;
}

function dataclassFields(body: Node): DataclassField[] {
  const fields: DataclassField[] = [];
  for (const a of statements(body)) {
    const left = a.childForFieldName('left');
    const type = a.childForFieldName('type');
    if (left?.type !== 'identifier' || !type) continue;
    if (/^(typing\.)?ClassVar\b/.test(type.text)) continue;
    fields.push({ name: left.text, type: typeExprOf(type), hasDefault: a.childForFieldName('right') !== null });
  }
  return fields;
}

/** The enums and dataclasses a file defines: the types a fixture value may be built from. */
export function moduleTypes(tree: Tree): ModuleTypes {
  const query = loadQuery(projectPath('src/domains/sample-data/module-types.scm'), CAPTURES);
  const out: ModuleTypes = { enums: {}, dataclasses: {} };
  for (const match of query.matches(tree.rootNode)) {
    const get = (name: string) => match.captures.find((c) => c.name === name)?.node;
    const enumName = get('enum.name');
    if (enumName) {
      const members = enumMembers(get('enum.base')!.text, get('enum.body')!);
      if (members) out.enums[enumName.text] = { name: enumName.text, members };
      continue;
    }
    const dcName = get('dataclass.name');
    if (dcName) out.dataclasses[dcName.text] = { name: dcName.text, fields: dataclassFields(get('dataclass.body')!) };
  }
  return out;
}
