import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeVersionFloors } from '../../shared/protocol/safeVersions.ts';

/** Every installed copy of a package, nested ones included (an old copy deep down counts). */
function installedVersions(root: string, name: string): { where: string; version: string }[] {
  const found: { where: string; version: string }[] = [];
  const visit = (modules: string, depth: number): void => {
    if (depth > 8 || !fs.existsSync(modules)) return;
    const manifest = path.join(modules, name, 'package.json');
    if (fs.existsSync(manifest)) {
      found.push({
        where: path.relative(root, manifest),
        version: JSON.parse(fs.readFileSync(manifest, 'utf8')).version,
      });
    }
    for (const entry of fs.readdirSync(modules)) {
      const dirs = entry.startsWith('@')
        ? fs.readdirSync(path.join(modules, entry)).map((sub) => path.join(modules, entry, sub))
        : [path.join(modules, entry)];
      for (const dir of dirs) visit(path.join(dir, 'node_modules'), depth + 1);
    }
  };
  visit(path.join(root, 'node_modules'), 0);
  return found;
}

function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split('-', 2);
    return { parts: core!.split('.').map(Number), pre: pre !== undefined };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const diff = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (diff !== 0) return diff;
  }
  // A prerelease of the same version comes before it.
  return x.pre === y.pre ? 0 : x.pre ? -1 : 1;
}

describe('dependencies on the trust boundary are at or above their safe floor', () => {
  it('compares versions', () => {
    expect(compareVersions('8.21.0', '8.17.1')).toBeGreaterThan(0);
    expect(compareVersions('8.9.0', '8.17.1')).toBeLessThan(0);
    expect(compareVersions('5.0.0-beta.1', '5.0.0')).toBeLessThan(0);
    expect(compareVersions('4.2.4', '4.2.4')).toBe(0);
  });

  for (const [name, floor] of Object.entries(safeVersionFloors)) {
    it(`${name} ≥ ${floor.min} (${floor.why})`, () => {
      const copies = installedVersions(process.cwd(), name);
      expect(copies.length, `${name} is not installed`).toBeGreaterThan(0);
      const tooOld = copies.filter((copy) => compareVersions(copy.version, floor.min) < 0);
      expect(tooOld, `update ${name}: ${JSON.stringify(tooOld)}`).toEqual([]);
    });
  }

  it('has exactly one copy of Yjs', () => {
    expect(installedVersions(process.cwd(), 'yjs')).toHaveLength(1);
  });
});
