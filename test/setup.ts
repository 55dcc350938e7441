import { initPython } from '../src/parse/python.js';

// Root hook: the grammar loads once for the whole suite.
export const mochaHooks = {
  async beforeAll(): Promise<void> {
    await initPython();
  },
};
