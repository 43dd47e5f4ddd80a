// jsdom lacks structuredClone (Dexie needs it) and TextEncoder/TextDecoder: lend it Node's.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithStructuredClone extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.structuredClone = structuredClone;
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
  }
}
module.exports = JsdomWithStructuredClone;
