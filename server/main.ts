import { configFromEnv } from './config.ts';
import { startVonk } from './vonk.ts';

/**
 * `npm start`: one process on one port. Prints where to go and how to get in; SIGTERM and
 * SIGINT store everything and close every connection before exiting.
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const vonk = await startVonk({ config });
  const lines = [`Vonk is running at ${vonk.url}  (store: ${vonk.store.kind}, data: ${config.dataDir})`];
  if (vonk.adminTokenCreated) {
    lines.push(`Created an admin token (kept in ${config.dataDir}/admin-token): ${vonk.adminToken}`);
  }
  if (vonk.demoEvent) {
    const organizerToken = vonk.tokens.sign({
      role: 'organizer',
      eventId: vonk.demoEvent.eventId,
      issuedAtMs: Date.now(),
    });
    lines.push(
      `Demo event "${vonk.demoEvent.title}": join code ${vonk.demoEvent.joinCode}`,
      `  Students: ${vonk.url}/?code=${vonk.demoEvent.joinCode}`,
      `  Organizer: ${vonk.url}/organizer#token=${organizerToken}`,
    );
  }
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: storing everything and closing connections…`);
    vonk.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
