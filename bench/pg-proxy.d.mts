/** Types of pg-proxy.mjs, for the tests that count round trips through it. */
export interface ProxyCounts {
  queries: number;
  parses: number;
  messages: number;
  readyForQuery: number;
  roundTrips: number;
  byType: Record<string, number>;
}

export interface CountingProxy {
  port: number;
  reset(): void;
  snapshot(): ProxyCounts;
  close(): Promise<void>;
}

export function startCountingProxy(options?: { host?: string; port?: number }): Promise<CountingProxy>;
