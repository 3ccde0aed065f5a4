import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { errorCodes } from '../../../src/errors.js';

const docs = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(join('docs', name), 'utf8'))
  .join('\n');

describe('the API guide under docs/', () => {
  it('when src/errors.ts has a code, then the guide lists it in an error table with the same status', () => {
    const missing = Object.entries(errorCodes)
      .filter(([code, status]) => !new RegExp(`^\\|\\s*${status}\\s*\\|\\s*\`${code}\`\\s*\\|`, 'm').test(docs))
      .map(([code, status]) => `${status} ${code}`);
    expect(missing, 'add each to the error table in docs/api-guide.md (or its feature page)').to.deep.equal([]);
  });

  it('when the guide links to another page of docs/, then that page exists', () => {
    const names = new Set(readdirSync('docs'));
    const links = [...docs.matchAll(/\]\(([\w.-]+\.md)(?:#[\w-]+)?\)/g)].map((match) => match[1]!);
    expect(links.length).to.be.greaterThan(3);
    expect(links.filter((link) => !names.has(link))).to.deep.equal([]);
  });
});
