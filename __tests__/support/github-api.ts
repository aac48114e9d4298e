import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the part of the GitHub REST API the action uses (issue comments), reached
 * through GITHUB_API_URL. It checks the token and can refuse writes like a read-only token.
 */
export interface Comment {
  id: number;
  body: string;
}

export interface FakeGitHub {
  url: string;
  comments: Comment[];
  requests: string[];
  refuseWrites: boolean;
  close(): Promise<void>;
}

export async function startGitHubApi(token: string): Promise<FakeGitHub> {
  let nextId = 1000;
  const state = { comments: [] as Comment[], requests: [] as string[], refuseWrites: false };
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    state.requests.push(`${req.method} ${req.url}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `token ${token}` && req.headers.authorization !== `Bearer ${token}`) {
      return send(401, { message: 'Bad credentials' });
    }
    const path = (req.url ?? '').split('?')[0]!;
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) return send(200, state.comments);
    if (state.refuseWrites) return send(403, { message: 'Resource not accessible by integration' });
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      const comment = { id: nextId++, body: JSON.parse(raw).body as string };
      state.comments.push(comment);
      return send(201, comment);
    }
    const update = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (req.method === 'PATCH' && update) {
      const comment = state.comments.find((c) => c.id === Number(update[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = JSON.parse(raw).body;
      return send(200, comment);
    }
    send(404, { message: `no route ${req.method} ${path}` });
  };
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeGitHub = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get comments() {
      return state.comments;
    },
    get requests() {
      return state.requests;
    },
    get refuseWrites() {
      return state.refuseWrites;
    },
    set refuseWrites(value: boolean) {
      state.refuseWrites = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
