import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .py file under dir (recursively), in a stable sorted order, as absolute paths. */
export function listPythonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => join(dir, f));
}
