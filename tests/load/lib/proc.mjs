// /proc readings (Linux): CPU time and memory of the app, of the embedded PostgreSQL
// (the postmaster and its backends) and of baseline processes. CPU time per request is
// a figure that holds up on a machine shared with other work, where wall-clock
// throughput does not.
import { readdirSync, readFileSync } from 'node:fs';
import { postmasterPid } from './app.mjs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // After "(comm) ": state=0, ppid=1, … utime=11, stime=12, cutime=13, cstime=14.
    return {
      ppid: Number(f[1]),
      utime: Number(f[11]),
      stime: Number(f[12]),
      cutime: Number(f[13]),
      cstime: Number(f[14]),
    };
  } catch {
    return null;
  }
}

/** CPU milliseconds a process has used (with `children`: plus its reaped children's). */
export function cpuMs(pid, children = false) {
  const s = stat(pid);
  if (!s) return NaN;
  return (s.utime + s.stime + (children ? s.cutime + s.cstime : 0)) * TICK_MS;
}

/** Pids whose parent is `ppid`. */
export function childPids(ppid) {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(name);
    if (s?.ppid === ppid) out.push(Number(name));
  }
  return out;
}

/** The embedded PostgreSQL's processes: postmaster first, then its backends and workers. */
export function postgresPids(app) {
  const pm = postmasterPid(app);
  return pm ? [pm, ...childPids(pm)] : [];
}

/** CPU ms of the whole embedded PostgreSQL so far (exited backends count via the postmaster). */
export function postgresCpuMs(app) {
  const [pm, ...rest] = postgresPids(app);
  if (!pm) return NaN;
  return cpuMs(pm, true) + rest.reduce((sum, pid) => sum + (cpuMs(pid) || 0), 0);
}

/** A field of /proc/<pid>/status in KiB (VmRSS, VmHWM), or NaN. */
export function statusKb(pid, field = 'VmRSS') {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** Proportional set size in KiB (shared pages split between sharers), or NaN. */
export function pssKb(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Samples every `everyMs`: the app's VmRSS and the summed RSS and PSS of the PostgreSQL
 * processes (RSS counts shared buffers once per process; PSS splits them). Call stop()
 * for the peaks in MiB.
 */
export function memorySampler(app, everyMs = 200) {
  const peak = { appRssKb: 0, pgRssKb: 0, pgPssKb: 0, samples: 0 };
  let pgPids = postgresPids(app);
  let tick = 0;
  const sample = () => {
    if (++tick % 10 === 0) pgPids = postgresPids(app); // backends come and go; refresh every 2 s
    const appRss = statusKb(app.pid);
    if (Number.isFinite(appRss)) peak.appRssKb = Math.max(peak.appRssKb, appRss);
    let rss = 0;
    let pss = 0;
    for (const pid of pgPids) {
      rss += statusKb(pid) || 0;
      pss += pssKb(pid) || 0;
    }
    peak.pgRssKb = Math.max(peak.pgRssKb, rss);
    peak.pgPssKb = Math.max(peak.pgPssKb, pss);
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        appMiB: peak.appRssKb / 1024,
        pgRssMiB: peak.pgRssKb / 1024,
        pgPssMiB: peak.pgPssKb / 1024,
        samples: peak.samples,
      };
    },
  };
}
