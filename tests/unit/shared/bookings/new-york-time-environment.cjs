// Runs a test file with the process in New York time, so any output that wrongly follows the machine's own zone
// (rather than London's) shows. New York changes its clocks on other days than London (8 March, 1 November 2026).
// TZ must be set on the real process: a test's own process.env is a copy.
const { TestEnvironment } = require('jest-environment-node');

class NewYorkTimeEnvironment extends TestEnvironment {
  async setup() {
    this.previousTimeZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    await super.setup();
  }

  async teardown() {
    if (this.previousTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = this.previousTimeZone;
    await super.teardown();
  }
}
module.exports = NewYorkTimeEnvironment;
