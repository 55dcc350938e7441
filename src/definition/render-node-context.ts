import nunjucks from 'nunjucks';
import type { PyNode } from '../parse/py-node.js';

const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });
const compiled = new Map<string, nunjucks.Template>();

/**
 * Renders node_context as the runner's Jinja2 does. Jinja2 (keep_trailing_newline=False)
 * drops a single trailing newline of the template source; nunjucks keeps it, so we drop it.
 */
export function renderNodeContext(template: string, node: PyNode): string {
  let tpl = compiled.get(template);
  if (!tpl) {
    tpl = new nunjucks.Template(template.replace(/\r?\n$/, ''), env);
    compiled.set(template, tpl);
  }
  return tpl.render({ node_text: node.text, node_name: node.name, node_type: node.node_type, file_path: node.file_path });
}
