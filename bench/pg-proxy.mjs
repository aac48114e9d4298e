// A TCP proxy in front of the Postgres server that counts what a client sends: frontend protocol
// messages by type, and round trips (how many times the client speaks again after the server
// has answered). Used only for counting runs, never for timed ones: the extra hop adds latency.
import net from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startCountingProxy({ host = '127.0.0.1', port = 5432 } = {}) {
  const counts = { messages: {}, roundTrips: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    let buffer = Buffer.alloc(0);
    let startup = true; // the first message (and one after an SSL/GSS request) has no type byte
    let serverSpoke = true; // so the client's first burst counts as a round trip
    client.on('data', (chunk) => {
      upstream.write(chunk);
      if (serverSpoke) {
        counts.roundTrips++;
        serverSpoke = false;
      }
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          startup = code === SSL_REQUEST || code === GSSENC_REQUEST;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0]);
        counts.messages[type] = (counts.messages[type] ?? 0) + 1;
        buffer = buffer.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk) => {
      serverSpoke = true;
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    reset() {
      counts.messages = {};
      counts.roundTrips = 0;
    },
    /** Queries = simple Query + extended Execute; syncs = where the server answers ReadyForQuery. */
    snapshot() {
      const m = counts.messages;
      return {
        queries: (m.Q ?? 0) + (m.E ?? 0),
        parses: m.P ?? 0,
        messages: Object.entries(m).filter(([t]) => t !== 'X').reduce((sum, [, n]) => sum + n, 0),
        readyForQuery: (m.Q ?? 0) + (m.S ?? 0),
        roundTrips: counts.roundTrips,
        byType: { ...m },
      };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
