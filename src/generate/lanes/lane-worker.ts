import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Unit, Variant } from '../domain.js';
import { loadDomain } from '../../domains/registry.js';
import { laneRng, prepare } from '../pipeline.js';
import { readyRecord } from '../ready-record.js';
import { ITEMS, WORK, type FromWorker, type LaneItem, type LaneWorkerInit, type ToWorker } from './protocol.js';

/**
 * A lane worker: loads the same units as the main thread, then fills the lanes the main thread
 * opens, each in its own order, a few items ahead. It never yields to its event loop: messages
 * are read with receiveMessageOnPort, and it sleeps on the shared array when every open lane is
 * full, so the main thread can wake it with one Atomics.notify.
 */
const { init, port, shared } = workerData as { init: LaneWorkerInit; port: MessagePort; shared: SharedArrayBuffer };
const signal = new Int32Array(shared);

function post(message: FromWorker): void {
  port.postMessage(message);
  Atomics.add(signal, ITEMS, 1);
  Atomics.notify(signal, ITEMS);
}

interface Lane {
  key: string;
  iterator: Iterator<unknown>;
  made: number;
  taken: number;
  ended: boolean;
}

try {
  const domain = await loadDomain(init.domain);
  const { units, shapes } = await prepare({ domain, count: 1, split: 1, seed: init.seed, outDir: '', fixturesDir: init.fixturesDir, definitionPath: init.definitionPath, shapesPath: init.shapesPath, strict: init.strict, maxLines: init.maxLines });
  const unitOf = new Map<string, Unit>(units.map((u) => [u.id, u]));
  const shapeOf = new Map(shapes.map((s) => [s.name, s]));
  const lanes = new Map<string, Lane>();
  const order: Lane[] = [];
  let next = 0;
  post({ kind: 'ready' });

  const read = (): boolean => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const msg = m.message as ToWorker;
      if (msg.kind === 'stop') return false;
      if (msg.kind === 'open' && !lanes.has(msg.lane)) {
        const [unitId, shapeName] = msg.lane.split('\0');
        const unit = unitOf.get(unitId);
        const shape = shapeOf.get(shapeName);
        if (!unit || !shape) throw new Error(`lane worker: no unit ${unitId} or shape ${shapeName}`);
        const lane = { key: msg.lane, iterator: unit.variants(shape, laneRng(init.seed, domain.name, unit.id, shape.name))[Symbol.iterator](), made: 0, taken: 0, ended: false };
        lanes.set(msg.lane, lane);
        order.push(lane);
      } else if (msg.kind === 'taken') lanes.get(msg.lane)!.taken++;
    }
    return true;
  };

  const produce = (lane: Lane): void => {
    const step = lane.iterator.next();
    let item: LaneItem;
    if (step.done) {
      lane.ended = true;
      item = { kind: 'end' };
    } else if (step.value === null) item = { kind: 'miss' };
    else {
      const variant = step.value as Variant;
      const example = variant.build(init.seed);
      item = { kind: 'variant', nodeCode: variant.nodeCode, record: example && readyRecord(example, domain.name, init.validate) };
    }
    lane.made++;
    post({ kind: 'item', lane: lane.key, item });
  };

  for (;;) {
    const seen = Atomics.load(signal, WORK);
    if (!read()) break;
    // A lane the main thread is waiting on (nothing made ahead) first, then round robin.
    let pick = order.find((l) => !l.ended && l.made === l.taken) ?? null;
    for (let k = 0; !pick && k < order.length; k++) {
      const l = order[(next + k) % order.length];
      if (!l.ended && l.made - l.taken < init.ahead) {
        pick = l;
        next = (next + k + 1) % order.length;
      }
    }
    if (pick) produce(pick);
    else Atomics.wait(signal, WORK, seen);
  }
} catch (e) {
  post({ kind: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
}
port.close();
