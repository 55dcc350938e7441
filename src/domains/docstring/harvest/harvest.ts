import { FixtureError } from '../../../errors.js';
import { stylesPresent } from '../sections/detect-style.js';
import { SidecarEntrySchema, modelOf, type SidecarEntry } from '../sidecar.js';
import type { DocModel } from '../model.js';
import type { DocSite } from '../site.js';
import { NotHarvestable, prose, splitSummary, type HarvestedText } from './entry.js';
import { harvestGoogle } from './google.js';
import { harvestNumpy } from './numpy.js';
import { harvestSphinx } from './sphinx.js';

function plain(text: string): HarvestedText {
  const { summary, rest } = splitSummary(text);
  return { summary, description: prose(rest), params: {}, returns: null, returnsType: null, yields: null, yieldsType: null, raises: {} };
}

/**
 * Inline reST roles (`:func:`x``, `:class:`~a.B``) read as field markers when a rewrapped line
 * starts with one; written as plain code (`` `x` ``), the words stay the same.
 */
function plainRoles(text: string): string {
  return text.replace(/:[\w:-]+:`~?([^`]+)`/g, '`$1`');
}

function plainRolesIn(h: HarvestedText): HarvestedText {
  const map = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plainRoles(v)]));
  const opt = (t: string | null) => (t === null ? null : plainRoles(t));
  return { ...h, summary: plainRoles(h.summary), description: opt(h.description), params: map(h.params), returns: opt(h.returns), yields: opt(h.yields), raises: map(h.raises) };
}

const nonEmpty = <T extends object>(o: T) => (Object.keys(o).length ? o : undefined);

/** What the code has that the docstring does not say, as a reason to count (modelOf names the detail). */
function reasonOf(e: FixtureError): string {
  if (/params\./.test(e.message)) return 'its parameters are not all documented';
  if (/returns/.test(e.message)) return 'its return value is not documented';
  if (/yields/.test(e.message)) return 'what it yields is not documented';
  if (/raises/.test(e.message)) return 'the exceptions it raises are not all documented';
  return 'the docstring does not match the code';
}

/**
 * The canonical model of a definition, read from its own docstring: the real text becomes the
 * target (types from the annotations, a stated type only where the code has none). Throws
 * NotHarvestable when the docstring is missing, mixes styles, or does not document everything
 * the code has: trajgen never writes a description it did not read.
 */
export function harvestModel(site: DocSite, file: string): DocModel {
  if (!site.docstring) throw new NotHarvestable('no docstring and no sidecar entry');
  // The docstring writes types as the annotations have them; one spread over lines would break it.
  if ([...site.documented.map((p) => p.annotation), site.returnType, site.yieldType].some((t) => t?.includes('\n'))) throw new NotHarvestable('an annotation spread over several lines');
  const text = site.docstring.text;
  const styles = stylesPresent(text);
  if (styles.length > 1) throw new NotHarvestable('its docstring mixes styles');
  const names = site.documented.map((p) => p.name);
  const h0 = styles[0] === 'google' ? harvestGoogle(text) : styles[0] === 'numpy' ? harvestNumpy(text) : styles[0] === 'sphinx' ? harvestSphinx(text, names) : plain(text);
  const h = plainRolesIn(h0);
  // `Raises: NetworkXError` documents `raise nx.NetworkXError(...)`; an exception the body does
  // not raise itself (a callee's) is not the docstring's to promise here, so it is left out.
  const raises: Record<string, string> = {};
  for (const [name, text] of Object.entries(h.raises)) {
    const raised = site.raises.find((r) => r === name || r.endsWith(`.${name}`) || name.endsWith(`.${r}`));
    if (raised) raises[raised] = text;
  }
  const candidate: SidecarEntry = {
    summary: h.summary,
    ...(h.description ? { description: h.description } : {}),
    ...(nonEmpty(h.params) ? { params: h.params } : {}),
    ...(h.returns && site.returnsValue ? { returns: h.returns } : {}),
    ...(h.returns && site.returnsValue && site.returnType === null && h.returnsType ? { returns_type: h.returnsType } : {}),
    ...(h.yields && site.generator ? { yields: h.yields } : {}),
    ...(h.yields && site.generator && site.yieldType === null && h.yieldsType ? { yields_type: h.yieldsType } : {}),
    ...(nonEmpty(raises) ? { raises } : {}),
  };
  const entry = SidecarEntrySchema.safeParse(candidate);
  if (!entry.success) throw new NotHarvestable(entry.error.issues[0].path[0] === 'summary' ? 'its summary does not fit on one line' : 'its docstring has an empty entry');
  try {
    return modelOf(site, entry.data, file);
  } catch (e) {
    if (e instanceof FixtureError) throw new NotHarvestable(reasonOf(e));
    throw e;
  }
}
