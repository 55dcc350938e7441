import type { ContextProvider, ToolImpl } from '../../record/session.js';
import type { FunctionUnderTest } from './model.js';
import { testPathOf } from './model.js';
import { PYTEST_INI } from './pytest-config.js';
import type { TestWorkspace } from './workspace.js';

/** The simulated tools of DESIGN section 2 (test), each computed from the workspace as it is now. */
export function testTools(fn: FunctionUnderTest, ws: TestWorkspace): { tools: Record<string, ToolImpl>; providers: Record<string, ContextProvider> } {
  const defaultPath = testPathOf(fn.module);
  return {
    tools: {
      analyze_signature: () => ({
        function_name: fn.signature.function_name,
        parameters: fn.signature.parameters.map((p) => ({ name: p.name, type: p.type, default: p.default })),
        return_type: fn.signature.return_type,
        is_async: fn.signature.is_async,
      }),
      read_existing_tests: () => {
        const content = ws.read(defaultPath);
        return content === null ? { content: '', path: null } : { content, path: defaultPath };
      },
      write_test_file: (args) => {
        const path = String(args.path);
        ws.write(path, String(args.content));
        return { success: true, path };
      },
      run_tests: (args) => ws.run(typeof args.path === 'string' ? args.path : defaultPath),
    },
    providers: { pytest_config: () => PYTEST_INI },
  };
}
