import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { projectPath } from '../paths.js';

// Files in a fixtures folder that say where its code comes from and under which terms.
const PROVENANCE = /^(SOURCES|LICEN[CS]E|COPYING|NOTICE)(\.(md|txt|rst))?$/i;

export interface FixtureSource {
  folder: string;
  /** Provenance files found in the folder (SOURCES.md, LICENSE, ...), by name. */
  notes: string[];
}

/** Where a path in meta or a flag points on disk: relative paths are tried from the cwd, then the project. */
function onDisk(folder: string): string | null {
  if (isAbsolute(folder)) return existsSync(folder) ? folder : null;
  for (const base of [process.cwd(), projectPath()]) if (existsSync(join(base, folder))) return join(base, folder);
  return null;
}

/** Each fixtures folder with the provenance files that sit in it. */
export function fixtureSources(folders: readonly string[]): FixtureSource[] {
  return folders.map((folder) => {
    const dir = onDisk(folder);
    const notes = dir ? readdirSync(dir).filter((f) => PROVENANCE.test(f)).sort() : [];
    return { folder, notes };
  });
}

/** The card's lines for the fixture sources and their licenses. */
export function fixtureSourceLines(sources: readonly FixtureSource[]): string[] {
  return sources.map((s) =>
    s.notes.length > 0
      ? `- \`${s.folder}\`: sources and license in ${s.notes.map((n) => `\`${s.folder}/${n}\``).join(', ')}.`
      : `- \`${s.folder}\`: no SOURCES.md or LICENSE in the folder, so its license is not stated here; check it before publishing this dataset.`,
  );
}
