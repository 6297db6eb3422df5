import { createRequire as __neglintCreateRequire } from 'node:module';
const require = __neglintCreateRequire(import.meta.url);
import {
  Decompress,
  ZstdErrorCode,
  decompress
} from "./chunk-X3B4BMSZ.js";
import "./chunk-OEQ6K6F4.js";
export {
  Decompress,
  ZstdErrorCode,
  decompress
};
