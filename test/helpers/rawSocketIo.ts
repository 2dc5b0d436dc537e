import { WebSocket } from 'ws';

/**
 * A socket.io client written by hand on a plain websocket (Engine.IO 4, socket.io 5
 * packets), so a test can send what socket.io-client would never encode: event names that
 * are numbers, arguments nested 100,000 levels deep (the stock encoder overflows its stack
 * walking them), and thousands of packets without per-packet bookkeeping.
 *
 * Wire format: `0{…}` open, `40{auth}` connect, `42[id]["name",…args]` event (with an ack
 * id when a reply is wanted), `43<id>[…]` the server's ack, `2`/`3` ping/pong.
 */
export interface RawControl {
  ws: WebSocket;
  /** Every event packet the server sent, in arrival order. */
  events: { name: string; args: unknown[] }[];
  /** Sends an event without an ack id; `json` is the packet's JSON array, written by the caller. */
  sendRaw(json: string): void;
  /** Sends an event with an ack id and resolves with the ack's arguments. */
  requestRaw(json: string, timeoutMs?: number): Promise<unknown[]>;
  emit(name: unknown, ...args: unknown[]): void;
  request(name: unknown, args: unknown[], timeoutMs?: number): Promise<unknown[]>;
  /** Events named `name` received so far. */
  count(name: string): number;
  /** Acks plus 'control:error' events received so far: answers to what this socket sent. */
  answered(): number;
  /** Resolves once `answered()` reaches `n`. */
  whenAnswered(n: number, timeoutMs?: number): Promise<void>;
  /** Resolves with the websocket close code once the connection ends. */
  closed: Promise<number>;
  close(): void;
}

export function rawControlUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
}

export function connectRawControl(baseUrl: string, token: string, timeoutMs = 10_000): Promise<RawControl> {
  const ws = new WebSocket(rawControlUrl(baseUrl), { perMessageDeflate: false });
  const events: { name: string; args: unknown[] }[] = [];
  const acks = new Map<number, (args: unknown[]) => void>();
  let nextAckId = 1;
  let answered = 0;
  const waiters = new Set<() => void>();
  const answer = (): void => {
    answered++;
    for (const waiter of waiters) waiter();
  };
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

  const control: RawControl = {
    ws,
    events,
    sendRaw: (json) => ws.send(`42${json}`),
    requestRaw: (json, ackTimeoutMs = 10_000) => {
      const id = nextAckId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(id);
          reject(new Error(`no ack ${id} within ${ackTimeoutMs} ms for ${json.slice(0, 80)}`));
        }, ackTimeoutMs);
        acks.set(id, (args) => {
          clearTimeout(timer);
          resolve(args);
        });
        ws.send(`42${id}${json}`);
      });
    },
    emit: (name, ...args) => control.sendRaw(JSON.stringify([name, ...args])),
    request: (name, args, ackTimeoutMs) => control.requestRaw(JSON.stringify([name, ...args]), ackTimeoutMs),
    count: (name) => events.filter((event) => event.name === name).length,
    answered: () => answered,
    whenAnswered: (n, answerTimeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (answered >= n) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`only ${answered} of ${n} packets answered within ${answerTimeoutMs} ms`));
        }, answerTimeoutMs);
        const check = (): void => {
          if (answered < n) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      }),
    closed,
    close: () => ws.terminate(),
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`socket.io connect not answered within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.on('message', (data: Buffer, isBinary) => {
      if (isBinary) return;
      const text = data.toString('utf8');
      if (text === '2') {
        ws.send('3');
      } else if (text.startsWith('0')) {
        ws.send(`40${JSON.stringify({ token })}`);
      } else if (text.startsWith('40')) {
        clearTimeout(timer);
        resolve(control);
      } else if (text.startsWith('44')) {
        clearTimeout(timer);
        ws.terminate();
        reject(new Error(`socket.io connect refused: ${text.slice(2)}`));
      } else if (text.startsWith('42')) {
        const [name, ...args] = JSON.parse(text.slice(2)) as [string, ...unknown[]];
        events.push({ name, args });
        if (name === 'control:error') answer();
      } else if (text.startsWith('43')) {
        const match = /^43(\d+)/.exec(text)!;
        const id = Number(match[1]);
        acks.get(id)?.(JSON.parse(text.slice(match[0].length)) as unknown[]);
        acks.delete(id);
        answer();
      }
    });
  });
}
