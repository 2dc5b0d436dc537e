import net from 'node:net';

/**
 * A TCP relay between a browser and a server that a test can cut like a pulled cable.
 * Chromium's offline emulation (`context.setOffline`) fails new requests and new
 * websockets, but keeps open websockets sending (playwright#4910): the stock y-websocket
 * client would go on writing to the server for up to 30 s. Cutting here resets every open
 * connection at once and refuses new ones until `restore()`.
 */
export interface NetLink {
  /** `http://127.0.0.1:<port>`: the server's address as the browser should use it. */
  url: string;
  readonly isCut: boolean;
  /** Resets every open connection and refuses new ones. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startNetLink(targetPort: number, targetHost = '127.0.0.1'): Promise<NetLink> {
  const open = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let isCut = false;

  const server = net.createServer((client) => {
    if (isCut) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    const pair = { client, upstream };
    open.add(pair);
    const drop = (): void => {
      open.delete(pair);
      if (!client.destroyed) client.resetAndDestroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  const cut = (): void => {
    isCut = true;
    for (const { client, upstream } of open) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    open.clear();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    get isCut() {
      return isCut;
    },
    cut,
    restore: () => {
      isCut = false;
    },
    close: () => {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
