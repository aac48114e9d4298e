import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the part of the GitHub REST API the action uses (issue comments and check
 * runs), reached through GITHUB_API_URL. It checks the token and can refuse writes like a
 * read-only token. As GitHub does, an update's annotations are appended to the check run's.
 */
export interface Comment {
  id: number;
  body: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  output: { title: string; summary: string; text?: string };
  annotations: Array<{ path: string; start_line: number; end_line: number; annotation_level: string; title: string; message: string }>;
  /** Annotations per request, to check GitHub's 50 per request. */
  batches: number[];
}

export interface FakeGitHub {
  url: string;
  comments: Comment[];
  checkRuns: CheckRun[];
  requests: string[];
  refuseWrites: boolean;
  close(): Promise<void>;
}

export async function startGitHubApi(token: string): Promise<FakeGitHub> {
  let nextId = 1000;
  const state = { comments: [] as Comment[], checkRuns: [] as CheckRun[], requests: [] as string[], refuseWrites: false };
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
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const body = JSON.parse(raw);
      const annotations = body.output?.annotations ?? [];
      if (annotations.length > 50) return send(422, { message: 'at most 50 annotations per request' });
      const run: CheckRun = { id: nextId++, name: body.name, head_sha: body.head_sha, status: body.status, conclusion: body.conclusion, output: body.output, annotations: [...annotations], batches: [annotations.length] };
      state.checkRuns.push(run);
      return send(201, { id: run.id, html_url: `https://github.com/acme/shop/runs/${run.id}` });
    }
    const checkUpdate = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path);
    if (req.method === 'PATCH' && checkUpdate) {
      const run = state.checkRuns.find((c) => c.id === Number(checkUpdate[1]));
      if (!run) return send(404, { message: 'Not Found' });
      const annotations = JSON.parse(raw).output?.annotations ?? [];
      if (annotations.length > 50) return send(422, { message: 'at most 50 annotations per request' });
      run.annotations.push(...annotations);
      run.batches.push(annotations.length);
      return send(200, { id: run.id });
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
    get checkRuns() {
      return state.checkRuns;
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
