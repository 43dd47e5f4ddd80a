// Runs a test file with the process in Europe/London time, so date arithmetic meets the clock changes as it
// does on the team's workstations. TZ must be set on the real process: a test's own process.env is a copy.
const { TestEnvironment } = require('jest-environment-node');

class LondonTimeEnvironment extends TestEnvironment {
  async setup() {
    this.previousTimeZone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    await super.setup();
  }

  async teardown() {
    if (this.previousTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = this.previousTimeZone;
    await super.teardown();
  }
}
module.exports = LondonTimeEnvironment;
