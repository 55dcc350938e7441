/** ruff lints a package's `__init__.py` differently: an unused import there may be a re-export. */
export function isPackageInit(path: string): boolean {
  return /(^|\/)__init__\.py$/.test(path);
}
