import { createRequire as __neglintCreateRequire } from 'node:module';
const require = __neglintCreateRequire(import.meta.url);
import {
  runTask
} from "./chunk-DFQH3QQI.js";
import {
  init_action_shims
} from "./chunk-OEQ6K6F4.js";

// src/parallel/worker.ts
init_action_shims();
function lintTask(task) {
  return runTask(task);
}
export {
  lintTask as default
};
