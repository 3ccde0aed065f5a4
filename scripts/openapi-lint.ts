// Lints the OpenAPI document the service serves with @redocly/cli's recommended rules, offline:
//   npm run lint:openapi
// The document is built in process (no server), written to a temporary directory with the lint
// configuration, and checked by the redocly binary from node_modules. Any error or warning fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../src/openapi/openapi-document.js';

// The served document names PUBLIC_BASE_URL (localhost in development); lint it as a deployment
// serves it, since no-server-example.com rightly warns about a published localhost.
const DEPLOYED_BASE_URL = 'https://card-vault.invalid';

// JSON is YAML, so both files are written as JSON.
const config = {
  extends: ['recommended'],
  rules: {
    // A private service: there is no licence to name, and inventing one would mislead.
    'info-license': 'off',
  },
};
// Exceptions to a rule for one place each, with the reason (redocly's ignore-file format).
const ignore = {
  'openapi.json': {
    // Probes and the Prometheus scrape take no input and sit outside /v1's rate limit: they have no 4xx.
    'operation-4xx-response': ['/healthz', '/readyz', '/metrics'].map((path) => `#/paths/${path.replace(/\//g, '~1')}/get/responses`),
  },
};

const directory = mkdtempSync(join(tmpdir(), 'card-vault-openapi-'));
try {
  writeFileSync(join(directory, 'openapi.json'), JSON.stringify(buildOpenApiDocument(DEPLOYED_BASE_URL), null, 2));
  writeFileSync(join(directory, 'redocly.yaml'), JSON.stringify(config, null, 2));
  writeFileSync(join(directory, '.redocly.lint-ignore.yaml'), JSON.stringify(ignore, null, 2));
  const run = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'redocly'), ['lint', 'openapi.json', '--config', 'redocly.yaml', '--format', 'json'], {
    cwd: directory,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  const report = parseReport(run.stdout);
  if (!report) {
    process.stderr.write(`openapi lint: redocly did not report (exit ${run.status})\n${run.stdout}${run.stderr}`);
    process.exitCode = 1;
  } else {
    printReport(report);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}

function printReport(report: LintReport): void {
  for (const problem of report.problems) {
    process.stderr.write(`${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}\n`);
  }
  const { errors, warnings, ignored } = report.totals;
  process.stdout.write(`openapi lint (@redocly/cli ${report.version}, recommended): ${errors} errors, ${warnings} warnings, ${ignored} ignored\n`);
  process.exitCode = errors + warnings > 0 ? 1 : 0;
}

interface LintReport {
  version: string;
  totals: { errors: number; warnings: number; ignored: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer?: string }> }>;
}

function parseReport(stdout: string): LintReport | undefined {
  try {
    return JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
  } catch {
    return undefined;
  }
}
