import { createRequire as __neglintCreateRequire } from 'node:module';
const require = __neglintCreateRequire(import.meta.url);
import {
  init_action_shims
} from "./chunk-OEQ6K6F4.js";

// ../main/node_modules/devlop/lib/default.js
init_action_shims();
function ok() {
}

export {
  ok
};
