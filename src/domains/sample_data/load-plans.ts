import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'web-tree-sitter';
import { FixtureError } from '../../errors.js';
import type { LoadContext } from '../../generate/domain.js';
import { qualifiedName } from '../../parse/discover-nodes.js';
import { withTree } from '../../parse/python.js';
import { findSyntaxError } from '../../parse/syntax-error.js';
import { displayPath } from '../../paths.js';
import { moduleTypes } from './module-types.js';
import { planFunction, type FunctionPlan } from './plan.js';
import type { SampleRule } from './rule.js';

function listPython(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reports a problem the user should fix: a warning (and the thing is skipped), or under --strict an error. */
function report(ctx: Pick<LoadContext, 'strict' | 'warn'>, problem: FixtureError): void {
  if (ctx.strict) throw problem;
  ctx.warn(`${problem.message}; skipped`);
}

/** One plan per usable function of every .py file under the fixtures folder, in file and source order. */
export function loadPlans(ctx: Pick<LoadContext, 'fixturesDir' | 'strict' | 'warn'>, rules: readonly SampleRule[]): FunctionPlan[] {
  const plans: FunctionPlan[] = [];
  for (const path of listPython(ctx.fixturesDir)) {
    const file = displayPath(path);
    const code = readFileSync(path, 'utf8');
    withTree(code, (tree) => {
      const error = findSyntaxError(tree);
      if (error) {
        report(ctx, new FixtureError(file, error.line, 'syntax error: the file does not parse as Python', ['Fix the file, or drop --strict to skip it.']));
        return;
      }
      const scope = moduleTypes(tree);
      const defs = tree.rootNode.descendantsOfType('function_definition').filter((n): n is Node => n !== null);
      for (const def of defs) {
        const result = planFunction(def, file, scope, rules);
        if ('plan' in result) plans.push(result.plan);
        else if ('problem' in result) {
          report(ctx, new FixtureError(file, def.startPosition.row + 1, `function ${qualifiedName(def)}: ${result.problem}`, ['Annotate the parameter with a supported type, or add a rule under rules/sample-data/.']));
        }
      }
    });
  }
  return plans;
}
