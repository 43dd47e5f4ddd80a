// jsdom lacks structuredClone, which Dexie needs: lend it Node's.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithStructuredClone extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.structuredClone = structuredClone;
  }
}
module.exports = JsdomWithStructuredClone;
