import { expect } from 'chai';
import { parseCompletion, parseRendered } from '../../../src/export/functiongemma/parse.js';
import { renderConversation } from '../../../src/export/functiongemma/render.js';
import { turnSlices } from '../../../src/export/functiongemma/turn-slices.js';
import type { DeclaredTool } from '../../../src/export/functiongemma/declaration.js';
import type { TemplateMessage } from '../../../src/export/template-message.js';
import { pyFloat } from '../../../src/pyjson/py-float.js';
import { referenceParses, referenceRenders } from '../../support/functiongemma-oracle.js';

const fn = (name: string, description: string, parameters?: Record<string, unknown>): DeclaredTool => ({ function: { name, description, ...(parameters ? { parameters } : {}) } });
const call = (name: string, args: Record<string, unknown>) => ({ type: 'function' as const, function: { name, arguments: args } });

const WEATHER = fn('get_weather', 'Get current weather for a city.', {
  type: 'object',
  properties: { city: { type: 'string', description: 'City name' }, unit: { type: 'string', enum: ['c', 'f'], description: 'Temperature unit' } },
  required: ['city'],
});
const VOLUME = fn('set_volume', 'Set volume.', {
  type: 'object',
  properties: {
    level: { type: 'integer', description: '0-10', minimum: 0 },
    tags: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Labels' },
    opts: { type: 'object', description: 'Options', properties: { fade: { type: 'number', description: 'Seconds' }, Mute: { type: 'boolean', description: 'Mute first' } }, required: ['fade'] },
    type: { type: 'string', description: 'dropped by the template: a schema keyword as a name' },
    rows: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } },
    note: { type: 'string' },
  },
  required: ['level'],
  additionalProperties: false,
});
const EMPTY = fn('turn_on_flashlight', 'Turn it on.', { type: 'object', properties: {}, required: [] });

// Each case is template input; the reference renderer's text is the truth.
const CASES: { name: string; messages: TemplateMessage[]; tools: DeclaredTool[]; agp?: boolean }[] = [
  {
    name: 'TV4: system, parallel calls, structured responses, final text, second round',
    tools: [WEATHER, fn('get_time', 'Get local time in a timezone.', { type: 'object', properties: { tz: { type: 'string', description: 'IANA timezone' } }, required: ['tz'] })],
    messages: [
      { role: 'developer', content: 'You are a model that can do function calling with the following functions' },
      { role: 'user', content: 'Weather in Paris and the time in Tokyo?' },
      { role: 'assistant', content: '', tool_calls: [call('get_weather', { unit: 'c', city: 'Paris' }), call('get_time', { tz: 'Asia/Tokyo' })] },
      { role: 'tool', name: 'get_weather', content: [{ name: 'get_weather', response: { temp: 18, sky: 'cloudy' } }] },
      { role: 'tool', name: 'get_time', content: [{ name: 'get_time', response: { time: '21:05' } }] },
      { role: 'assistant', content: 'Paris: 18°C, cloudy. Tokyo: 21:05.' },
      { role: 'user', content: 'And London?' },
      { role: 'assistant', tool_calls: [call('get_weather', { city: 'London' })] },
    ],
  },
  {
    name: 'TV3: string tool content with name, trimmed texts',
    tools: [WEATHER],
    messages: [
      { role: 'system', content: '  You are a weather assistant.\n' },
      { role: 'user', content: '\nWhat is the weather in Tokyo?  ' },
      { role: 'assistant', content: null, tool_calls: [call('get_weather', { city: 'Tokyo' })] },
      { role: 'tool', name: 'get_weather', content: '{"city": "Tokyo", "temp_c": 25, "condition": "sunny"}' },
      { role: 'assistant', content: 'It is 25°C.' },
    ],
  },
  {
    name: 'TV5: booleans, nested object, array, float, case-insensitive sort, dropped schema keys',
    tools: [fn('set_wifi', 'Toggle Wi-Fi.', { type: 'object', properties: { on: { type: 'boolean', description: 'On or off' } }, required: ['on'] }), VOLUME, EMPTY],
    messages: [
      { role: 'developer', content: 'Go.' },
      { role: 'user', content: 'Turn on wifi and set volume to 7' },
      { role: 'assistant', tool_calls: [call('set_wifi', { on: true }), call('set_volume', { level: 7, tags: ['a', 'b'], opts: { Mute: false, fade: pyFloat(0.5) }, note: null })] },
    ],
  },
  {
    name: 'float spelling in arguments and responses: 1.0, 0.0, 1e-07, 1e+16, big ints',
    tools: [VOLUME],
    messages: [
      { role: 'system', content: 'sys' },
      { role: 'user', content: 'u' },
      { role: 'assistant', tool_calls: [call('set_volume', { level: 1, a: pyFloat(1), b: pyFloat(0), c: pyFloat(1e-7), d: pyFloat(1e16), e: 12345678901234567890n, f: pyFloat(-0) })] },
      { role: 'tool', name: 'set_volume', content: [{ name: 'set_volume', response: { ok: true, was: pyFloat(3), list: [pyFloat(2.5), 2, null] } }] },
    ],
  },
  {
    name: 'no system message but tools: the default developer text',
    tools: [EMPTY],
    messages: [
      { role: 'user', content: 'Light please' },
      { role: 'assistant', tool_calls: [call('turn_on_flashlight', {})] },
    ],
  },
  {
    name: 'generation prompt after a user turn, and after a tool response (none)',
    tools: [WEATHER],
    agp: true,
    messages: [
      { role: 'system', content: 's' },
      { role: 'user', content: 'q' },
      { role: 'assistant', tool_calls: [call('get_weather', { city: 'X' })] },
      { role: 'tool', name: 'get_weather', content: [{ name: 'get_weather', response: 'not a mapping' }] },
    ],
  },
  { name: 'generation prompt after the user turn', tools: [WEATHER], agp: true, messages: [{ role: 'system', content: 's' }, { role: 'user', content: 'q' }] },
  {
    name: "Python's strip, not JavaScript's trim: U+001C and U+0085 go, U+FEFF stays",
    tools: [],
    messages: [
      { role: 'system', content: '\u001c\u0085 sys\u2003' },
      { role: 'user', content: '\ufeff q \u3000' },
    ],
  },
  {
    name: 'a [Context] response beside the result, in both orders',
    tools: [WEATHER],
    messages: [
      { role: 'system', content: 's' },
      { role: 'user', content: 'q' },
      { role: 'assistant', tool_calls: [call('get_weather', { city: 'X' })] },
      { role: 'tool', name: 'context', content: [{ name: 'context', response: 'line-length = 88\n' }] },
      { role: 'tool', name: 'get_weather', content: [{ name: 'get_weather', response: { t: 1 } }] },
      { role: 'tool', name: 'context', content: 'sphinx' },
      { role: 'assistant', tool_calls: [call('get_weather', { city: 'Y' })] },
    ],
  },
];

describe('export/functiongemma/render (against the reference renderer)', () => {
  let expected: (string | { error: string })[] = [];
  before(() => {
    expected = referenceRenders(CASES.map((c) => ({ messages: c.messages, tools: c.tools, add_generation_prompt: c.agp ?? false })));
  });

  CASES.forEach((c, i) => {
    it(c.name, () => {
      expect(renderConversation(c.messages, c.tools, { addGenerationPrompt: c.agp })).to.equal(expected[i]);
    });
  });

  it('turn slices read off one rendering equal the prompt/completion of rendering each prefix', () => {
    for (const c of CASES) {
      const turns = c.messages.flatMap((m, i) => (m.role === 'assistant' ? [i] : []));
      const { text, slices } = turnSlices(c.messages, c.tools, turns);
      expect(text).to.equal(renderConversation(c.messages, c.tools));
      for (const s of slices) {
        const prompt = renderConversation(c.messages.slice(0, s.index), c.tools, { addGenerationPrompt: true });
        expect(s.prompt, `${c.name}: turn ${s.index}`).to.equal(prompt);
        expect(s.completion, `${c.name}: turn ${s.index}`).to.equal(renderConversation(c.messages.slice(0, s.index + 1), c.tools).slice(prompt.length));
      }
    }
  });

  it('the published TV4 bytes, as FUNCTIONGEMMA.md section 8 prints them', () => {
    const text = renderConversation(CASES[0].messages, CASES[0].tools);
    expect(text).to.include('<start_function_call>call:get_weather{city:<escape>Paris<escape>,unit:<escape>c<escape>}<end_function_call><start_function_call>call:get_time{tz:<escape>Asia/Tokyo<escape>}<end_function_call><start_function_response>response:get_weather{sky:<escape>cloudy<escape>,temp:18}<end_function_response>');
    expect(text).to.include('unit:{description:<escape>Temperature unit<escape>,enum:[<escape>c<escape>,<escape>f<escape>],type:<escape>STRING<escape>}');
  });

  it('a user message between a call and its result is what the template cannot take (the reason [Context] moves)', () => {
    const messages: TemplateMessage[] = [
      { role: 'system', content: 's' },
      { role: 'user', content: 'q' },
      { role: 'assistant', tool_calls: [call('get_weather', { city: 'X' })] },
      { role: 'user', content: '[Context] line-length = 88' },
      { role: 'tool', name: 'get_weather', content: '{}' },
    ];
    const [reference] = referenceRenders([{ messages, tools: [WEATHER] }]);
    expect(reference).to.deep.equal({ error: 'tool call must be followed by a tool message' });
    expect(() => renderConversation(messages, [WEATHER])).to.throw(/must be followed by a tool message/);
  });

  it('parses its renderings back: calls with argument values (floats stay floats), named responses', () => {
    const parsed = parseRendered(renderConversation(CASES[3].messages, CASES[3].tools));
    expect(parsed.developer).to.equal('sys');
    const [user, model, tool] = parsed.messages;
    expect(user).to.deep.equal({ role: 'user', content: 'u' });
    expect(model).to.deep.equal({ role: 'assistant', content: '', calls: [{ name: 'set_volume', arguments: { a: pyFloat(1), b: pyFloat(0), c: pyFloat(1e-7), d: pyFloat(1e16), e: 12345678901234567890n, f: pyFloat(-0), level: 1 } }] });
    expect(tool).to.deep.equal({ role: 'tool', name: 'set_volume', response: { list: [pyFloat(2.5), 2, null], ok: true, was: pyFloat(3) } });
    const tv4 = parseRendered(renderConversation(CASES[0].messages, CASES[0].tools));
    expect(tv4.messages.map((m) => m.role)).to.deep.equal(['user', 'assistant', 'tool', 'tool', 'assistant', 'user', 'assistant']);
    expect(tv4.endsAwaitingResponse).to.equal(true);
  });

  it('reads a completion as the reference parser does', () => {
    const completion = '<start_function_call>call:f{a:1.0,b:<escape>x, y<escape>,c:[1,{d:None}]}<end_function_call><start_function_response>';
    const [[content, calls, tail]] = referenceParses([completion]);
    const mine = parseCompletion(completion);
    expect(content).to.equal('');
    expect(tail).to.equal('<start_function_response>');
    expect(mine.endsAwaitingResponse).to.equal(true);
    expect(mine.messages).to.deep.equal([{ role: 'assistant', content: '', calls: [{ name: calls[0].name, arguments: calls[0].arguments }] }]);
  });
});
