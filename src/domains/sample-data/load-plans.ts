import { readFileSync } from 'node:fs';
import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import { listPythonFiles } from '../../parse/list-python-files.js';
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

/** One plan per usable function of every .py file under the fixtures folder, in file and source order. */
export function loadPlans(ctx: Pick<LoadContext, 'fixturesDir' | 'strict' | 'warn'>, rules: readonly SampleRule[]): FunctionPlan[] {
  const plans: FunctionPlan[] = [];
  for (const path of listPythonFiles(ctx.fixturesDir)) {
    const file = displayPath(path);
    const code = readFileSync(path, 'utf8');
    withTree(code, (tree) => {
      const error = findSyntaxError(tree);
      if (error) {
        reportFixtureProblem(ctx, new FixtureError(file, error.line, 'syntax error: the file does not parse as Python', ['Fix the file, or drop --strict to skip it.']));
        return;
      }
      const scope = moduleTypes(tree);
      const defs = tree.rootNode.descendantsOfType('function_definition').filter((n): n is Node => n !== null);
      for (const def of defs) {
        const result = planFunction(def, file, scope, rules);
        if ('plan' in result) plans.push(result.plan);
        else if ('problem' in result) {
          reportFixtureProblem(ctx, new FixtureError(file, def.startPosition.row + 1, `function ${qualifiedName(def)}: ${result.problem}`, ['Annotate the parameter with a supported type, or add a rule under rules/sample-data/.']));
        }
      }
    });
  }
  return plans;
}
