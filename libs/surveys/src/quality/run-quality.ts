import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Question } from '@persona-lab/survey-logic';
import { computeQualityFlags } from './detectors';
import type { QualityFlag, QualityResponse } from './types';

const WORKER = join(__dirname, 'quality.worker.js');

/** Responses per message to the quality thread: each message is copied on the main thread, so it stays short. */
export const RESPONSES_PER_MESSAGE = 1_000;

/**
 * One response as the database hands it over: its answers still as JSON text, so parsing them is
 * the quality thread's work, not the event loop's.
 */
export interface StoredQualityResponse extends Omit<QualityResponse, 'answers'> {
  answersJson: string;
}

/** What the main thread sends the quality thread for run `id`: responses in slices, then the questions. */
export type ToQualityWorker =
  | { id: number; type: 'responses'; responses: StoredQualityResponse[] }
  | { id: number; type: 'run'; questions: readonly Question[] };
/** What the quality thread answers for run `id`. */
export type FromQualityWorker =
  | { id: number; type: 'result'; flags: [string, QualityFlag[]][] }
  | { id: number; type: 'error'; message: string };

/** The detectors over stored responses: what the thread runs, and what runs inline from sources. */
export function flagsOfStored(
  questions: readonly Question[],
  stored: readonly StoredQualityResponse[],
): Map<string, QualityFlag[]> {
  const responses = stored.map(({ answersJson, ...rest }) => ({
    ...rest,
    answers: JSON.parse(answersJson) as Record<string, unknown>,
  }));
  return computeQualityFlags(questions, responses);
}

interface Pending {
  resolve: (flags: Map<string, QualityFlag[]>) => void;
  reject: (error: Error) => void;
}

interface QualityThread {
  worker: Worker;
  pending: Map<number, Pending>;
  next: number;
}

/**
 * The quality thread (one per worker file; the built app has one file): started on the first
 * recomputation and kept, holding the process open only while a run is pending. If it dies, its
 * runs fail (the job is retried) and the next run starts a new one.
 */
const threads = new Map<string, QualityThread>();

function qualityThread(file: string): QualityThread {
  const running = threads.get(file);
  if (running) return running;
  const worker = new Worker(file);
  const state: QualityThread = { worker, pending: new Map(), next: 0 };
  worker.on('message', (m: FromQualityWorker) => {
    const p = state.pending.get(m.id);
    state.pending.delete(m.id);
    if (!state.pending.size) worker.unref();
    if (!p) return;
    if (m.type === 'result') p.resolve(new Map(m.flags));
    else p.reject(new Error(`Response quality failed: ${m.message}`));
  });
  const fail = (error: Error) => {
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    if (threads.get(file) === state) threads.delete(file);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The response quality thread stopped with code ${code}.`)));
  worker.unref();
  threads.set(file, state);
  return state;
}

/**
 * Every flag of a survey's responses, computed on the quality thread when the build has one, so
 * a recomputation of a large survey (JSON parsing included) neither holds the event loop nor
 * takes the request path's CPU time. Responses go over in slices, one event-loop turn each. From
 * TypeScript sources (tests) the detectors run inline unless `workerFile` or the environment's
 * `RESPONSE_QUALITY_WORKER` names a compiled worker.
 */
export function computeQualityFlagsOffThread(
  questions: readonly Question[],
  responses: readonly StoredQualityResponse[],
  { workerFile }: { workerFile?: string } = {},
): Promise<Map<string, QualityFlag[]>> {
  const file =
    workerFile ??
    (__filename.endsWith('.js') && existsSync(WORKER) ? WORKER : process.env.RESPONSE_QUALITY_WORKER || undefined);
  if (!file) return Promise.resolve(flagsOfStored(questions, responses));
  const state = qualityThread(file);
  const id = state.next++;
  state.worker.ref();
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    const send = (from: number) => {
      if (!state.pending.has(id)) return;
      if (from >= responses.length) {
        state.worker.postMessage({ id, type: 'run', questions } satisfies ToQualityWorker);
        return;
      }
      const slice = responses.slice(from, from + RESPONSES_PER_MESSAGE);
      state.worker.postMessage({ id, type: 'responses', responses: slice } satisfies ToQualityWorker);
      setImmediate(() => send(from + RESPONSES_PER_MESSAGE));
    };
    send(0);
  });
}
