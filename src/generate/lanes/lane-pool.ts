import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Unit, Variant } from '../domain.js';
import { pyLoads } from '../../pyjson/loads.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { Shape } from '../../shapes/schema.js';
import { codePath, moduleExtension } from '../../paths.js';
import { laneKey, ITEMS, WORK, type FromWorker, type LaneItem, type LaneWorkerInit, type ToWorker } from './protocol.js';

// A worker's young generation is otherwise as large as the main thread's (48 MB on 64-bit), all
// of it resident once used. 24 MB took 50 MB off the peak RSS of a 10,000-example run with one
// worker, with no time lost that the noise did not hide.
const WORKER_YOUNG_GENERATION_MB = 24;

interface WorkerSide {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/**
 * Lanes played in worker threads. Each lane lives in one worker, which computes its items in
 * the lane's own order; the main thread's stream takes them in the order it always would, so
 * the output is the same bytes as a run without workers. The main thread blocks (Atomics.wait)
 * only when the item it needs next is not made yet; meanwhile the workers fill other lanes.
 */
export class LanePool {
  private readonly sides: WorkerSide[] = [];
  private readonly queues = new Map<string, LaneItem[]>();
  private closed = false;

  private constructor(private readonly seed: number) {}

  static async start(init: LaneWorkerInit, workers: number): Promise<LanePool> {
    const pool = new LanePool(init.seed);
    for (let i = 0; i < workers; i++) {
      const { port1, port2 } = new MessageChannel();
      const shared = new SharedArrayBuffer(8);
      const worker = new Worker(codePath('src', 'generate', 'lanes', `lane-worker${moduleExtension}`), {
        workerData: { init, port: port2, shared },
        transferList: [port2],
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      worker.unref();
      pool.sides.push({ worker, port: port1, signal: new Int32Array(shared) });
    }
    // Loading units can fail in a worker as in the main thread; say so before any lane is asked.
    for (const side of pool.sides) {
      const first = await firstMessage(side);
      if (first.kind === 'error') {
        await pool.close();
        throw new Error(`lane worker failed to start: ${first.message}`);
      }
    }
    return pool;
  }

  /** The worker that owns a unit's lanes: a unit's shapes share its caches, so they stay together. */
  private sideOf(unitIndex: number): WorkerSide {
    return this.sides[unitIndex % this.sides.length];
  }

  private send(side: WorkerSide, message: ToWorker): void {
    side.port.postMessage(message);
    Atomics.add(side.signal, WORK, 1);
    Atomics.notify(side.signal, WORK);
  }

  private drain(side: WorkerSide): void {
    for (let m = receiveMessageOnPort(side.port); m; m = receiveMessageOnPort(side.port)) {
      const msg = m.message as FromWorker;
      if (msg.kind === 'error') throw new Error(`lane worker failed: ${msg.message}\n${msg.stack ?? ''}`);
      if (msg.kind === 'item') this.queues.get(msg.lane)!.push(msg.item);
    }
  }

  private take(side: WorkerSide, key: string): LaneItem {
    const queue = this.queues.get(key)!;
    for (;;) {
      const seen = Atomics.load(side.signal, ITEMS);
      this.drain(side);
      const item = queue.shift();
      if (item) {
        this.send(side, { kind: 'taken', lane: key });
        return item;
      }
      Atomics.wait(side.signal, ITEMS, seen, 60_000);
    }
  }

  /** The variants of unit (the unitIndex-th) playing shape, made by its worker. */
  variants(unit: Unit, unitIndex: number, shape: Shape): Iterable<Variant | null> {
    const key = laneKey(unit.id, shape.name);
    const side = this.sideOf(unitIndex);
    const seed = this.seed;
    const self = this;
    return {
      *[Symbol.iterator]() {
        self.queues.set(key, []);
        self.send(side, { kind: 'open', lane: key });
        for (;;) {
          const item = self.take(side, key);
          if (item.kind === 'end') return;
          if (item.kind === 'miss') {
            yield null;
            continue;
          }
          const record = item.record;
          const sameSeed = (s: number) => {
            if (s !== seed) throw new Error(`lane pool: built with seed ${seed}, asked for ${s}`);
          };
          yield {
            nodeCode: item.nodeCode,
            build(s: number) {
              sameSeed(s);
              return record === null ? null : (pyLoads(record.line) as TrainingExample);
            },
            ready(s: number) {
              sameSeed(s);
              return record;
            },
          };
        }
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const side of this.sides) this.send(side, { kind: 'stop' });
    await Promise.all(this.sides.map((s) => s.worker.terminate()));
  }
}

/** Before the stream starts the main thread may use its event loop: the worker's first word, or its crash. */
function firstMessage(side: WorkerSide): Promise<FromWorker> {
  return new Promise((done) => {
    let over = false;
    const finish = (m: FromWorker) => {
      if (over) return;
      over = true;
      side.worker.off('error', onError);
      done(m);
    };
    const onError = (e: Error) => finish({ kind: 'error', message: e.message, stack: e.stack });
    side.worker.on('error', onError);
    const poll = () => {
      if (over) return;
      const m = receiveMessageOnPort(side.port);
      if (m) finish(m.message as FromWorker);
      else setTimeout(poll, 5);
    };
    poll();
  });
}
