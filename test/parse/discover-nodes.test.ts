import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { discoverNodes } from '../../src/parse/discover-nodes.js';
import { nodeId } from '../../src/parse/node-id.js';
import type { PyNode } from '../../src/parse/py-node.js';
import { projectPath } from '../../src/paths.js';

// UPDATE_GOLDEN=1 rewrites the golden file from the current output (then read it by eye).
const GOLDEN = projectPath('test/parse/golden/discover-nodes.json');
const FILE_PATH = 'fixtures/probe/shop.py';

const CODE = `"""Shop module."""
import functools


class Cart:
    """A cart."""

    def __init__(self, items):
        self.items = items

    @property
    @functools.cache
    def total(self) -> float:
        return sum(i.price for i in self.items)

    async def checkout(self, *args, **kwargs):
        def audit(entry):
            return entry

        return audit(args)

    class Line:
        qty: int = 1


@functools.lru_cache(maxsize=None)
def price(sku):
    return 1.0


async def fetch(url: str) -> bytes:
    ...


def outer():
    def inner():
        yield 1
    return inner
`;

describe('parse/discover-nodes', () => {
  let nodes: PyNode[];
  before(() => {
    nodes = discoverNodes(CODE, FILE_PATH);
  });

  it('matches the golden file', () => {
    const actual = `${JSON.stringify(nodes, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    expect(actual).to.equal(readFileSync(GOLDEN, 'utf8'));
  });

  it('the file node first, then classes and functions in source order with qualified names', () => {
    expect(nodes.map((n) => `${n.node_type} ${n.name} ${n.start_line}-${n.end_line}`)).to.deep.equal([
      'file shop.py 1-38',
      'class_def Cart 5-23',
      'function_def Cart.__init__ 8-9',
      'function_def Cart.total 11-14',
      'function_def Cart.checkout 16-20',
      'function_def Cart.checkout.audit 17-18',
      'class_def Cart.Line 22-23',
      'function_def price 26-28',
      'function_def fetch 31-32',
      'function_def outer 35-38',
      'function_def outer.inner 36-37',
    ]);
  });

  it('node_id is the first 16 hex of sha256(file_path + node_type + name)', () => {
    for (const n of nodes) {
      const expected = createHash('sha256').update(`${n.file_path}${n.node_type}${n.name}`).digest('hex').slice(0, 16);
      expect(n.node_id, n.name).to.equal(expected);
      expect(nodeId(n.file_path, n.node_type, n.name)).to.equal(expected);
    }
    expect(new Set(nodes.map((n) => n.node_id)).size).to.equal(nodes.length);
  });

  it('a decorated definition starts at its first decorator; text is the exact source slice', () => {
    const lines = CODE.split('\n');
    for (const n of nodes.slice(1)) {
      const slice = lines.slice(n.start_line - 1, n.end_line).join('\n').trimStart();
      expect(slice, n.name).to.equal(n.text);
    }
    expect(nodes.find((n) => n.name === 'Cart.total')!.text.startsWith('@property\n    @functools.cache\n    def total')).to.equal(true);
    expect(nodes.find((n) => n.name === 'price')!.text.startsWith('@functools.lru_cache(maxsize=None)\ndef price')).to.equal(true);
  });

  it('the file node holds the whole code, with or without a final newline', () => {
    expect(nodes[0].text).to.equal(CODE);
    expect(discoverNodes('x = 1', 'a/b.py')[0]).to.include({ name: 'b.py', start_line: 1, end_line: 1, text: 'x = 1' });
    expect(discoverNodes('', 'empty.py')).to.have.length(1);
  });
});
