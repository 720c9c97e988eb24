// Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of dist/, at the highest levels,
// once per build: the backend sends the smallest copy the browser accepts (cn.ggw.common.CompressedAssets)
// and spends no CPU per request on compression. Prints the totals.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const compressible = /\.(js|css|html|svg|json|txt|map)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.test(name)) yield path;
  }
}

let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of files(dist)) {
  const body = readFileSync(path);
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: 9 });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzip);
  raw += body.length;
  br += brotli.length;
  gz += gzip.length;
  count += 1;
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `compressed ${count} files of ${relative(process.cwd(), dist) || 'dist'}: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`,
);
