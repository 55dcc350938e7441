import { intBetween, pick, type Rng } from '../../src/generate/rng.js';
import { byName } from '../../src/domains/sample-data/names.js';
import { defineSampleRule, type CaseKind, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'str: emails, names, URLs, hosts, paths, codes, dates and prose that fit the name; edge "", large a long but still realistic string.',
  tags: [],
};

const FIRST = ['alice', 'bob', 'carmen', 'deepak', 'elena', 'farid', 'grace', 'hiro', 'ines', 'jonas', 'kemi', 'liam', 'maya', 'noah'];
const LAST = ['smith', 'garcia', 'nguyen', 'patel', 'kowalski', 'okafor', 'tanaka', 'muller', 'rossi', 'silva'];
const DOMAINS = ['example.com', 'mail.example.org', 'acme.io', 'shop.example.net'];
const HOSTS = ['api.example.com', 'db.internal.local', 'cache-01.example.net', '10.0.4.17', 'auth.acme.io'];
const CITIES = ['Lisbon', 'Portland', 'Osaka', 'Nairobi', 'Toronto', 'Krakow', 'Austin'];
const STREETS = ['Main St', 'Oak Avenue', 'Harbour Road', 'Elm Street', 'King St W'];
const WORDS = ['invoice', 'shipping', 'quarterly', 'report', 'customer', 'update', 'release', 'pipeline', 'backup', 'meeting', 'budget', 'review', 'weekly', 'summary'];
const SENTENCES = [
  'The quarterly report is ready for review.',
  'Your order has shipped and will arrive on Thursday.',
  'Please confirm the meeting room booking by Friday.',
  'The nightly backup finished without errors.',
  'New release notes are available in the changelog.',
  'Thanks for signing up! Verify your email to get started.',
];
const HEADERS = ['Content-Type: application/json', 'Accept: */*', 'Authorization: Bearer 3f9a7c1e', 'User-Agent: trajgen-client/1.0', 'Cache-Control: no-cache', 'X-Request-Id: 7d2c9e41'];
const HEADER_NAMES = ['Content-Type', 'Accept', 'Authorization', 'User-Agent', 'Cache-Control', 'X-Request-Id', 'Accept-Language'];
const SETTINGS = ['log_level', 'region', 'cache_dir', 'timezone', 'feature_flag', 'db_name', 'theme'];
const QUERY_KEYS = ['page', 'sort', 'q', 'limit', 'lang', 'filter'];
const SETTING_VALUES = ['INFO', 'eu-west-1', '/var/cache/app', 'UTC', 'enabled', 'orders', 'dark'];

const word = (rng: Rng) => pick(rng, WORDS);
const person = (rng: Rng) => `${pick(rng, FIRST)}.${pick(rng, LAST)}`;
const hex = (rng: Rng, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isoDate = (rng: Rng) => `20${intBetween(rng, 20, 26)}-${String(intBetween(rng, 1, 12)).padStart(2, '0')}-${String(intBetween(rng, 1, 28)).padStart(2, '0')}`;
const paragraph = (rng: Rng, n: number) => Array.from({ length: n }, () => pick(rng, SENTENCES)).join(' ');

interface StrKind {
  normal(rng: Rng): string;
  /** A long value of the same kind; defaults to a long paragraph. */
  large?(rng: Rng): string;
  /** The edge value; defaults to "". */
  edge?: string;
}

// The first match wins, so specific names come before general ones.
const KINDS: readonly (readonly [RegExp, StrKind])[] = [
  [/(settings?|config|options?|overrides?|base)\.value$/, { normal: (r) => pick(r, SETTING_VALUES), large: (r) => `${pick(r, SETTING_VALUES)}-${hex(r, 60)}` }],
  [/(query|params?)\.value$/, { normal: (r) => pick(r, ['1', 'price_asc', 'running shoes', 'en', 'in_stock', '20']), large: (r) => Array.from({ length: 15 }, () => word(r)).join(' ') }],
  [/headers?\.value$/, { normal: (r) => pick(r, ['application/json', 'no-cache', 'Bearer 3f9a7c1e', 'en-US', 'gzip']), large: (r) => `Bearer ${hex(r, 200)}` }],
  [/context\.value$/, { normal: (r) => cap(pick(r, FIRST)), large: (r) => paragraph(r, 10) }],
  [/(settings?|config|options?|overrides?|base)\.key$/, { normal: (r) => pick(r, SETTINGS), large: (r) => `${pick(r, SETTINGS)}_${hex(r, 24)}` }],
  [/(query|param|params)\.key$/, { normal: (r) => pick(r, QUERY_KEYS), large: (r) => `${pick(r, QUERY_KEYS)}_${hex(r, 24)}` }],
  [/(headers)\.key$/, { normal: (r) => pick(r, HEADER_NAMES), large: (r) => `X-${cap(word(r))}-${hex(r, 24)}` }],
  [/(catalog|price|prices|stock|inventory)\.key$/, { normal: (r) => `SKU-${hex(r, 6).toUpperCase()}`, large: (r) => `SKU-${hex(r, 40).toUpperCase()}` }],
  [/(score|scores|grade|grades)\.key$/, { normal: (r) => `${pick(r, FIRST)}_${pick(r, LAST)}`, large: (r) => `${pick(r, FIRST)}_${pick(r, LAST)}_${hex(r, 24)}` }],
  [/context\.key$/, { normal: (r) => pick(r, ['name', 'order_id', 'code', 'team', 'total']), large: (r) => `field_${hex(r, 32)}` }],
  [/\.key$/, { normal: (r) => `${word(r)}_${pick(r, ['count', 'total', 'name', 'id', 'flag'])}`, large: (r) => `${word(r)}_${hex(r, 32)}` }],
  [/(email|recipient|sender)/, { normal: (r) => `${person(r)}@${pick(r, DOMAINS)}`, large: (r) => `${Array.from({ length: 6 }, () => person(r)).join('.')}@${pick(r, DOMAINS)}` }],
  [/(username|user_name|login|handle)/, { normal: (r) => `${pick(r, FIRST)}_${pick(r, LAST)}${intBetween(r, 1, 99)}`, large: (r) => `${pick(r, FIRST)}_${pick(r, LAST)}_${hex(r, 16)}` }],
  [/password/, { normal: (r) => `${cap(word(r))}${intBetween(r, 10, 99)}!${hex(r, 4)}`, large: (r) => `${cap(word(r))}${hex(r, 48)}9` }],
  [/(url|link|endpoint|href)/, { normal: (r) => `https://${pick(r, HOSTS.filter((h) => !/^\d/.test(h)))}/v1/${word(r)}s/${intBetween(r, 1, 9999)}`, large: (r) => `https://${pick(r, HOSTS)}/${Array.from({ length: 12 }, () => word(r)).join('/')}?page=${intBetween(r, 1, 99)}` }],
  [/(host|hostname|domain|server)/, { normal: (r) => pick(r, HOSTS), large: (r) => `${Array.from({ length: 8 }, () => word(r)).join('-')}.eu-west-1.compute.example.com` }],
  [/(header)/, { normal: (r) => pick(r, HEADERS), large: (r) => `X-Trace-Context: ${hex(r, 200)}` }],
  [/(path|file|filename|dir|directory)/, { normal: (r) => `/var/data/${word(r)}/${word(r)}_${intBetween(r, 1, 99)}.csv`, large: (r) => `/${Array.from({ length: 20 }, () => word(r)).join('/')}.json` }],
  [/(product_name|item_name|^product$)/, { normal: (r) => pick(r, ['Wireless Mouse', 'USB-C Cable 2m', 'Standing Desk', 'Espresso Beans 1kg', 'Noise-Cancelling Headphones', 'Trail Running Shoes']), large: (r) => `Deluxe ${Array.from({ length: 10 }, () => cap(word(r))).join(' ')} Edition` }],
  [/room/, { normal: (r) => pick(r, ['Room 4B', 'Atlas', 'Board Room', 'Huddle 2', 'Lab 1.07']), large: (r) => `Conference Centre Hall ${intBetween(r, 1, 9)} - ${Array.from({ length: 6 }, () => cap(word(r))).join(' ')} Wing` }],
  [/(full_name|^name$|first_name|last_name|author|attendee|customer|person|recipient_name)/, { normal: (r) => `${cap(pick(r, FIRST))} ${cap(pick(r, LAST))}`, large: (r) => `${cap(pick(r, FIRST))} ${Array.from({ length: 8 }, () => cap(pick(r, LAST))).join('-')}` }],
  [/(city|town)/, { normal: (r) => pick(r, CITIES), large: () => 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch' }],
  [/(street|address_line)/, { normal: (r) => `${intBetween(r, 1, 999)} ${pick(r, STREETS)}`, large: (r) => `${intBetween(r, 1000, 99999)} ${pick(r, STREETS)}, Building ${intBetween(r, 1, 40)}, Floor ${intBetween(r, 1, 80)}, Suite ${intBetween(r, 100, 9999)}` }],
  [/(postal_code|zip|postcode)/, { normal: (r) => String(intBetween(r, 10000, 99999)), large: (r) => `${intBetween(r, 10000, 99999)}-${intBetween(r, 1000, 9999)}` }],
  [/(country)/, { normal: (r) => pick(r, ['US', 'DE', 'JP', 'BR', 'KE', 'PT', 'CA']), large: () => 'United Kingdom of Great Britain and Northern Ireland' }],
  [/(currency)/, { normal: (r) => pick(r, ['USD', 'EUR', 'GBP', 'JPY']), large: () => 'XAU' }],
  [/(phone|mobile)/, { normal: (r) => `+1-555-${intBetween(r, 100, 999)}-${intBetween(r, 1000, 9999)}`, large: (r) => `+44 20 ${intBetween(r, 1000, 9999)} ${intBetween(r, 1000, 9999)} ext. ${intBetween(r, 100, 99999)}` }],
  [/(sku|product_code|item_code)/, { normal: (r) => `SKU-${hex(r, 6).toUpperCase()}`, large: (r) => `SKU-${hex(r, 40).toUpperCase()}` }],
  [/(_id|^id|uuid|token|key)$/, { normal: (r) => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}`, large: (r) => hex(r, 128) }],
  [/(date|day|since|until)/, { normal: isoDate, large: () => '9999-12-31' }],
  [/(duration)/, { normal: (r) => `${intBetween(r, 0, 3)}h${intBetween(r, 5, 55)}m`, large: (r) => `${intBetween(r, 100, 999)}h${intBetween(r, 0, 59)}m` }],
  [/(slug)/, { normal: (r) => `${word(r)}-${word(r)}-${intBetween(r, 2020, 2026)}`, large: (r) => Array.from({ length: 30 }, () => word(r)).join('-') }],
  [/(separator|delimiter|sep)$/, { normal: (r) => pick(r, ['-', '_', '.']), large: () => ' :: ' }],
  [/(suffix|ellipsis)$/, { normal: (r) => pick(r, ['...', '\u2026', ' [more]']), large: () => ' (continued on the next page)' }],
  [/(template)/, { normal: (r) => pick(r, ['Hello $name, your order $order_id has shipped.', 'Hi $name! Your code is $code.', 'Dear $name, welcome to $team.']), large: (r) => `Dear $name,\n\n${paragraph(r, 8)}\n\nOrder: $order_id\nTotal: $total\n\nRegards,\n$team` }],
  [/(title|subject|heading|label)/, { normal: (r) => `${cap(word(r))} ${word(r)} ${pick(r, ['Q1', 'Q3', '2024', 'draft', 'v2'])}`, large: (r) => `${cap(word(r))} ${Array.from({ length: 25 }, () => word(r)).join(' ')}` }],
  [/(role|region|team|category|tag|status|word|term|keyword|note)/, { normal: (r) => word(r), large: (r) => Array.from({ length: 12 }, () => word(r)).join('_') }],
  [/(text|body|message|content|description|sentence|comment|paragraph)/, { normal: (r) => pick(r, SENTENCES), large: (r) => paragraph(r, 20) }],
  [/(setting|config|option|override|query|param|value)/, { normal: (r) => pick(r, SETTING_VALUES), large: (r) => `${pick(r, SETTING_VALUES)}-${hex(r, 60)}` }],
];

const FALLBACK: StrKind = { normal: (r) => `${word(r)}_${word(r)}`, large: (r) => Array.from({ length: 40 }, () => word(r)).join(' ') };

export function strKind(name: string): StrKind {
  return byName(name, KINDS) ?? FALLBACK;
}

export function generateStr(name: string, kind: CaseKind, rng: Rng): string {
  const k = strKind(name);
  if (kind === 'edge') return k.edge ?? '';
  if (kind === 'large') return (k.large ?? ((r: Rng) => paragraph(r, 20)))(rng);
  return k.normal(rng);
}

function matches(type: TypeExpr): boolean {
  return type.kind === 'name' && type.name === 'str';
}

function generate(_type: TypeExpr, ctx: GenContext): string {
  return generateStr(ctx.name, ctx.kind, ctx.rng);
}

// Names real code gives text: full words, and the short names of text-processing code (s, pat, line).
const GUESS = /(name|email|recipient|title|subject|body|text|message|url|host|path|filename|slug|separator|suffix|prefix|sku|city|country|phone|password|template|date|description|pattern|_str|^s|^pat|^line|^input|^string|^word|^char)$/;

function guessFromName(name: string): string | null {
  return GUESS.test(name.toLowerCase()) ? 'str' : null;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate, guessFromName });
