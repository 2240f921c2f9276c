// Bundle size per entrypoint, raw and gzipped, from the built extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH } from '../../support/launch.mjs';
import { kb, report } from '../stats.mjs';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export default async function bundleSizes() {
  const rows = files(EXTENSION_PATH)
    .filter((file) => /\.(js|css|html)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(file);
      return [path.relative(EXTENSION_PATH, file), `${kb(bytes.length)} / ${kb(gzipSync(bytes).length)} gz`];
    })
    .sort(([a], [b]) => a.localeCompare(b));
  report('Bundle size per file (raw / gzipped)', rows);
}
