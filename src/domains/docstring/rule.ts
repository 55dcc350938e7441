import { defineRule, type DefinedRule } from '../../rules/define-rule.js';
import type { DocModel } from './model.js';
import type { DocSite } from './site.js';
import type { Action, Style } from './style.js';

export interface DocstringRuleMeta {
  /** The file name: rules/docstring/<id>.ts. */
  id: string;
  /** The situation, for people reading meta and the summary. */
  description: string;
  /** What the subagent does about it. */
  action: Action;
  /** How a summary says what fixing it took ({style} is the style's name): one is picked per conversation. */
  fixed: string[];
}

/** A docstring (or its absence, null) that shows a rule's situation, aged from a good one. */
export interface StaleDocstring {
  label: string;
  docstring: string | null;
}

export interface DocstringRule {
  meta: DocstringRuleMeta;
  /** A message when the site's current docstring shows this situation under `style`, else null. */
  detect(site: DocSite, style: Style): string | null;
  /**
   * Docstrings showing the situation, made from the function's canonical model (empty when
   * this function cannot show it, e.g. missing Raises for a function that raises nothing).
   */
  stale(model: DocModel, site: DocSite, style: Style): StaleDocstring[];
}

export type DefinedDocstringRule = DocstringRule & DefinedRule;

/** A docstring rule file ends with `export default defineDocstringRule(import.meta.url, {...})`; its id is its file name. */
export function defineDocstringRule(moduleUrl: string, spec: { meta: Omit<DocstringRuleMeta, 'id'> } & Omit<DocstringRule, 'meta'>): DefinedDocstringRule {
  const base = defineRule(moduleUrl);
  return { ...base, meta: { id: base.id, ...spec.meta }, detect: spec.detect, stale: spec.stale };
}

/**
 * Rule cases as data: code with its docstring in, the verdict under a style out. The site is
 * the definition called `name` (a qualified name, e.g. `Cart.total`), else the first one.
 */
export interface DocstringCases {
  /** detect must return null. */
  valid: { code: string; style: Style; name?: string }[];
  /** detect must return a message containing `message`. */
  invalid: { code: string; style: Style; name?: string; message: string }[];
  /** stale() on the first definition of `code` with `model` gives these docstrings, in order. */
  stale: { code: string; style: Style; model: DocModel; docstrings: (string | null)[] }[];
}
