// Path latency between locations: from a latency matrix, or as latency-shortest paths over
// explicit links (Dijkstra, as Shadow). Paths are computed once per source location and cached.

import type { LinkConfig, PathConfig } from './config';

/** A link traversed in one direction. */
export interface LinkHop {
  readonly link: number;
  readonly reverse: boolean;
}

export interface LocationPath {
  readonly latencyNs: number;
  /** Links along the path, in order (empty for a latency matrix). */
  readonly hops: readonly LinkHop[];
}

export class Topology {
  private readonly index = new Map<string, number>();
  private readonly matrix = new Map<string, number>();
  private readonly links: readonly LinkConfig[];
  private readonly fromSource = new Map<number, (LocationPath | undefined)[]>();

  constructor(locationNames: readonly string[], paths: PathConfig) {
    locationNames.forEach((name, i) => this.index.set(name, i));
    if (paths.kind === 'matrix') {
      this.links = [];
      for (const e of paths.latencies) this.matrix.set(`${e.from}\u0000${e.to}`, e.latencyNs);
    } else {
      this.links = paths.links;
    }
  }

  /** The path from one location to another (or within one), undefined if there is none. */
  path(from: string, to: string): LocationPath | undefined {
    if (this.links.length === 0) {
      const latencyNs = this.matrix.get(`${from}\u0000${to}`) ?? this.matrix.get(`${to}\u0000${from}`);
      return latencyNs === undefined ? undefined : { latencyNs, hops: [] };
    }
    const source = this.index.get(from);
    const target = this.index.get(to);
    if (source === undefined || target === undefined) return undefined;
    let table = this.fromSource.get(source);
    if (!table) {
      table = this.shortestPaths(source);
      this.fromSource.set(source, table);
    }
    return table[target];
  }

  /** Dijkstra over the links from `source`; a path to the source itself uses its cheapest self-loop. */
  private shortestPaths(source: number): (LocationPath | undefined)[] {
    const n = this.index.size;
    const distance = new Float64Array(n).fill(Infinity);
    const via: (LinkHop | undefined)[] = new Array(n);
    const done = new Uint8Array(n);
    distance[source] = 0;
    for (;;) {
      let u = -1;
      for (let i = 0; i < n; i++) if (!done[i] && distance[i]! < Infinity && (u < 0 || distance[i]! < distance[u]!)) u = i;
      if (u < 0) break;
      done[u] = 1;
      this.links.forEach((link, l) => {
        const a = this.index.get(link.from)!;
        const b = this.index.get(link.to)!;
        if (a === b) return;
        const v = a === u ? b : b === u ? a : -1;
        if (v < 0 || done[v]) return;
        const d = distance[u]! + link.latencyNs;
        if (d < distance[v]!) {
          distance[v] = d;
          via[v] = { link: l, reverse: a !== u };
        }
      });
    }
    const paths: (LocationPath | undefined)[] = new Array(n);
    for (let v = 0; v < n; v++) {
      if (v === source || distance[v] === Infinity) continue;
      const hops: LinkHop[] = [];
      for (let w = v; w !== source; ) {
        const hop = via[w]!;
        hops.push(hop);
        const link = this.links[hop.link]!;
        w = this.index.get(hop.reverse ? link.to : link.from)!;
      }
      paths[v] = { latencyNs: distance[v]!, hops: hops.reverse() };
    }
    let selfLoop: LinkHop | undefined;
    this.links.forEach((link, l) => {
      if (link.from === link.to && this.index.get(link.from) === source) {
        if (!selfLoop || link.latencyNs < this.links[selfLoop.link]!.latencyNs) selfLoop = { link: l, reverse: false };
      }
    });
    if (selfLoop) paths[source] = { latencyNs: this.links[selfLoop.link]!.latencyNs, hops: [selfLoop] };
    return paths;
  }
}
