import { walkPythonFiles } from './walk-python-files.js';

/** Every .py file under dir (see walkPythonFiles for what is left out), as absolute paths. */
export function listPythonFiles(dir: string): string[] {
  return walkPythonFiles(dir).files;
}
