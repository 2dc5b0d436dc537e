import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads a secret kept in the data dir, creating it on first start. Created with mode 0600
 * and exclusively, so two processes starting at once cannot end up with different secrets.
 */
export async function loadOrCreateSecret(
  dataDir: string,
  fileName: string,
): Promise<{ value: string; created: boolean }> {
  const file = path.join(dataDir, fileName);
  await fs.mkdir(dataDir, { recursive: true });
  try {
    return { value: (await fs.readFile(file, 'utf8')).trim(), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = crypto.randomBytes(32).toString('base64url');
  try {
    await fs.writeFile(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return { value, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: (await fs.readFile(file, 'utf8')).trim(), created: false };
  }
}
