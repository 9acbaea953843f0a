/**
 * Internal (bench): how long the UI's first requests take on a server `npm start` has just
 * started and prepared (scripts/prepare.ts), on the seed corpus. Each request is sent twice
 * through the client's own Api: the first pays whatever planning or compiling is left, the second
 * is the same request planned.
 */
import { Api } from '../client/src/api.js';

/** The seed document, which the UI opens first (README). */
const OPENED = 'WTPF-13/DT/6';

export interface FirstRequest {
  name: string;
  firstMs: number;
  secondMs: number;
}

async function twice(name: string, run: () => Promise<unknown>): Promise<FirstRequest> {
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    await run();
    times.push(Math.round(performance.now() - started));
  }
  return { name, firstMs: times[0], secondMs: times[1] };
}

/** The requests a person opening the seed document sends, in the order the UI sends them. */
export async function timeFirstRequests(endpoint: string): Promise<FirstRequest[]> {
  const api = new Api({ endpoint, attempts: 1 });
  const out = [await twice('search "enhanced cooperation"', () => api.search('enhanced cooperation'))];
  out.push(await twice(`neighbourhood of ${OPENED}`, () => api.neighbourhood(OPENED)));
  const detail = await api.instrument(OPENED);
  if (!detail?.body || !detail.provisions[0]) throw new Error(`${OPENED} has no body or no provisions: not the seed corpus?`);
  // The panel was just read once to find its body and provision: time it on another instrument.
  out.push(await twice('instrument panel of A/RES/67/195', () => api.instrument('A/RES/67/195')));
  out.push(await twice(`provision panel of ${detail.provisions[0].id}`, () => api.provision(detail.provisions[0].id)));
  out.push(await twice(`body panel of ${detail.body.id}`, () => api.body(detail.body!.id)));
  out.push(await twice(`trace upstream from ${OPENED}`, () => api.trace(OPENED, 'UPSTREAM')));
  return out;
}
