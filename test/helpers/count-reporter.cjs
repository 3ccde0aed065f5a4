// Mocha's spec output, then one plain line CI can count: "N passed, N failed".
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class CountReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      if (pending) console.log(`${pending} skipped`);
      console.log(`${passes} passed, ${failures} failed`);
    });
  }
}
module.exports = CountReporter;
