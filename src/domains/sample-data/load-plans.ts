import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import type { Node } from 'web-tree-sitter';
import { FixtureError } from '../../errors.js';
import type { LoadContext } from '../../generate/domain.js';
import { qualifiedName } from '../../parse/discover-nodes.js';
import { withTree } from '../../parse/python.js';
import { moduleTypes } from './module-types.js';
import { planFunction, type FunctionPlan } from './plan.js';
import type { SampleRule } from './rule.js';

/** One plan per usable function of the fixtures' Python files, in file and source order. */
export function loadPlans(ctx: Pick<LoadContext, 'sources' | 'strict' | 'warn' | 'skipUnit'>, rules: readonly SampleRule[]): FunctionPlan[] {
  const plans: FunctionPlan[] = [];
  for (const { path: file, text: code } of ctx.sources) {
    withTree(code, (tree) => {
      const scope = moduleTypes(tree);
      const defs = tree.rootNode.descendantsOfType('function_definition').filter((n): n is Node => n !== null);
      for (const def of defs) {
        const result = planFunction(def, file, scope, rules);
        if ('plan' in result) plans.push(result.plan);
        else if ('skip' in result) ctx.skipUnit(result.skip);
        else if ('problem' in result) {
          ctx.skipUnit('a parameter no sample-data rule can fill');
          reportFixtureProblem(ctx, new FixtureError(file, def.startPosition.row + 1, `function ${qualifiedName(def)}: ${result.problem}`, ['Annotate the parameter with a supported type, or add a rule under rules/sample-data/.']));
        }
      }
    });
  }
  return plans;
}
