import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { modulesMocked } from './modules-mocked';

const root = join(__dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

describe('test files that mock a module', () => {
  it('all run isolated, and every file listed as such exists and mocks one', () => {
    const mocking = testFiles(join(root, 'src'))
      .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(join(root, file), 'utf8')))
      .sort();
    expect(mocking).toEqual([...modulesMocked].sort());
  });
});
