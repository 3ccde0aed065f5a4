// Preload that CPU-profiles the service (node --import tsx src/main.ts) started by a bench, run by
// hand: NODE_OPTIONS="--import ./bench/lib/profile-service.mjs" npm run bench:charges -- …
// (--cpu-prof itself is refused in NODE_OPTIONS). The profile is written when the service gets
// SIGTERM, to $PROFILE_DIR (default: the system's temp directory) as service-<pid>.cpuprofile;
// bench/summarize-profile.mjs reads it. Other processes (the bench, bare apps) are left alone.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.argv.some((argument) => argument.endsWith('src/main.ts'))) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.start'));
  process.prependListener('SIGTERM', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(process.env.PROFILE_DIR ?? tmpdir(), `service-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
