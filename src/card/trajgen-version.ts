import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** `trajgen 0.1.0`: the generator named on every card. */
export function trajgenVersion(): string {
  const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { name: string; version: string };
  return `${manifest.name} ${manifest.version}`;
}
