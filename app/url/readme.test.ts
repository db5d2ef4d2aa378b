import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA } from './schema';

// The README's key table is what people read; every key the app reads must be in it.
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const rows = readme.split('\n').filter((line) => line.startsWith('| '));

describe('README URL key table', () => {
  for (const [view, fields] of Object.entries(SCHEMA)) {
    it.each(Object.keys(fields))(`${view}: %s`, (key) => {
      const row = rows.find(
        (line) => line.startsWith(`| ${view} | `) && line.split(' | ')[1].includes(`\`${key}\``),
      );
      expect(row, `README has no row for ${view} ${key}`).toBeDefined();
    });
  }
});
