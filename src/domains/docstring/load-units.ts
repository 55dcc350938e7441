import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import type { LoadContext, Unit } from '../../generate/domain.js';
import { FixtureError } from '../../errors.js';
import { qualifiedName } from '../../parse/discover-nodes.js';
import { withTree } from '../../parse/python.js';
import { displayPath } from '../../paths.js';
import { isAdequate } from './compare.js';
import { findDefs } from './find-defs.js';
import { UnsupportedString } from './python-string.js';
import { problemsOf, type LoadedDocstringRule } from './rules.js';
import { harvestModel } from './harvest/harvest.js';
import { NotHarvestable } from './harvest/entry.js';
import type { DocModel } from './model.js';
import { modelOf, readSidecar, sidecarPath } from './sidecar.js';
import { siteOf, type DocSite } from './site.js';
import { STYLES, type Style } from './style.js';
import { allStarts, unitVariants, type Start, type UnitSource } from './variants.js';

/** Documented already, and adequate in the style it is written in: the skip case as found. */
function alreadyDocumented(site: DocSite, rules: readonly LoadedDocstringRule[]): boolean {
  return STYLES.some((s) => isAdequate(site, s) && problemsOf(rules, site, s).length === 0);
}

/** A docstring literal we cannot read exactly (e.g. \\N{...}) makes the site unusable, not the run. */
function siteOrProblem(def: Parameters<typeof siteOf>[0]): DocSite | UnsupportedString {
  try {
    return siteOf(def);
  } catch (e) {
    if (e instanceof UnsupportedString) return e;
    throw e;
  }
}

/**
 * The units of one file. A definition is documented from its sidecar entry when the file has a
 * `<m>.docs.yaml` (curated, checked strictly), else from its own docstring (harvested); one
 * with neither is skipped and counted, never documented with made-up words.
 */
function sources(ctx: LoadContext, abs: string, file: string, code: string, rules: readonly LoadedDocstringRule[]): UnitSource[] {
  // Under --strict a problem is an error; otherwise the site (or file) is skipped with a warning.
  const problem = (line: number | null, msg: string, skipped = 'skipped') => reportFixtureProblem(ctx, new FixtureError(file, line, msg), skipped);
  const defs = withTree(code, (tree) => findDefs(tree).map((d) => ({ qualname: qualifiedName(d), line: d.startPosition.row + 1, site: siteOrProblem(d) })));
  if (defs.length === 0) {
    ctx.skipUnit('a file with no functions or classes');
    return [];
  }
  const sideAbs = sidecarPath(abs);
  const sideFile = displayPath(sideAbs);
  const sidecar = readSidecar(sideAbs, sideFile);
  if (sidecar) {
    const names = new Set(defs.map((d) => d.qualname));
    for (const key of Object.keys(sidecar)) {
      if (!names.has(key)) throw new FixtureError(sideFile, null, `${key}: no such function or class in ${file}`, ['Remove the entry or fix its qualified name (Class.method).']);
    }
  }
  const out: UnitSource[] = [];
  const seen = new Set<string>();
  for (const d of defs) {
    if (seen.has(d.qualname)) {
      // A property setter or an overload: the first definition carries the docstring.
      ctx.skipUnit('a second definition of the same name (a setter or overload)');
      continue;
    }
    seen.add(d.qualname);
    // The class docstring documents the constructor's parameters (google, numpy and sphinx agree).
    if (d.qualname.endsWith('.__init__')) continue;
    if (d.site instanceof Error) {
      ctx.skipUnit('a docstring literal trajgen cannot read exactly');
      problem(d.line, `${d.qualname}: its docstring literal is not supported (${d.site.message})`);
      continue;
    }
    let model: DocModel;
    if (sidecar) {
      const entry = sidecar[d.qualname];
      if (!entry) {
        ctx.skipUnit('no entry in its sidecar');
        problem(d.line, `${d.qualname} has no entry in ${sideFile}`);
        continue;
      }
      model = modelOf(d.site, entry, sideFile);
    } else {
      try {
        model = harvestModel(d.site, file);
      } catch (e) {
        if (!(e instanceof NotHarvestable)) throw e;
        ctx.skipUnit(e.message);
        continue;
      }
    }
    const tags = [...d.site.categories, ...(alreadyDocumented(d.site, rules) ? ['already_documented'] : [])];
    out.push({ code, qualname: d.qualname, filePath: file, site: d.site, model, tags });
  }
  return out;
}

export function loadDocstringUnits(ctx: LoadContext, rules: readonly LoadedDocstringRule[], styles: readonly Style[]): Unit[] {
  return ctx.sources.flatMap(({ abs, path, text }) =>
    sources(ctx, abs, path, text, rules).map((src): Unit => {
      let starts: Start[] | null = null;
      // The code's own categories go into meta.tags; already_documented is the starting docstring's, per example.
      const codeTags = src.tags.filter((t) => t !== 'already_documented');
      return {
        id: `${src.filePath}::${src.qualname}`,
        file: src.filePath,
        categories: src.tags,
        variants: (shape, rng) =>
          unitVariants(src, { definition: ctx.definition, qualname: src.qualname, filePath: src.filePath, model: src.model, rules, tags: codeTags }, (starts ??= allStarts(src, rules, styles)), shape, rng),
      };
    }),
  );
}
