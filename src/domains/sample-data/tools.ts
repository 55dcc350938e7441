import type { ContextProvider, ToolImpl } from '../../record/session.js';
import { bindProblem } from './bind.js';
import type { FunctionPlan } from './plan.js';

export type FixtureFormat = 'json' | 'yaml';

export interface ExistingFixture {
  name: string;
  path: string;
}

export interface AnalyzeResult {
  function_name: string;
  parameters: { name: string; type: string | null; default: string | null }[];
}

export type WriteResult = { success: true; path: string } | { success: false; path: null; message: string };

export function fixturePath(functionName: string, format: FixtureFormat): string {
  return `fixtures/${functionName}_fixtures.${format}`;
}

export const EMPTY_MESSAGE = 'fixtures is empty: write at least one fixture';

/** What has been written in this conversation: path -> fixtures. */
export class FixtureWorkspace {
  readonly files = new Map<string, { fixtures: Record<string, unknown>[]; format: FixtureFormat }>();
}

/**
 * The simulated tools, closures over the function's real signature and the workspace.
 * write_fixture_file binds every fixture to the signature the way inspect.signature(f).bind does
 * and refuses the whole file on the first one that does not bind.
 */
export function sampleDataTools(plan: FunctionPlan, ws: FixtureWorkspace, existing: readonly ExistingFixture[]): { tools: Record<string, ToolImpl>; providers: Record<string, ContextProvider> } {
  return {
    tools: {
      analyze_signature: (): AnalyzeResult => ({
        function_name: plan.name,
        parameters: plan.params.map((p) => ({ name: p.shown, type: p.annotation, default: p.default })),
      }),
      write_fixture_file: (args): WriteResult => {
        const fixtures = args.fixtures as Record<string, unknown>[];
        const format = args.format as FixtureFormat;
        if (fixtures.length === 0) return { success: false, path: null, message: EMPTY_MESSAGE };
        for (const [i, f] of fixtures.entries()) {
          const problem = bindProblem(plan.params, f);
          if (problem) return { success: false, path: null, message: `fixture ${i + 1} of ${fixtures.length} does not bind: ${problem}` };
        }
        const path = fixturePath(plan.name, format);
        ws.files.set(path, { fixtures, format });
        return { success: true, path };
      },
    },
    providers: { existing_fixtures: () => existing.map((e) => ({ name: e.name, path: e.path })) },
  };
}
