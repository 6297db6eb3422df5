import { createRequire as __neglintCreateRequire } from 'node:module';
const require = __neglintCreateRequire(import.meta.url);
import {
  require_common,
  require_symbols
} from "./chunk-H7ROCSJU.js";
import {
  __commonJS,
  __dirname,
  __require,
  __toESM,
  init_action_shims
} from "./chunk-OEQ6K6F4.js";

// ../main/node_modules/piscina/package.json
var require_package = __commonJS({
  "../main/node_modules/piscina/package.json"(exports, module) {
    module.exports = {
      name: "piscina",
      version: "5.3.2",
      description: "A fast, efficient Node.js Worker Thread Pool implementation",
      main: "./dist/main.js",
      types: "./dist/index.d.ts",
      exports: {
        types: "./dist/index.d.ts",
        import: "./dist/esm-wrapper.mjs",
        require: "./dist/main.js"
      },
      engines: {
        node: ">=20.x"
      },
      scripts: {
        build: "tsc && gen-esm-wrapper . dist/esm-wrapper.mjs",
        lint: "eslint",
        test: "node scripts/run-tests.js",
        "test:jest": "jest --config test/jest/jest.config.js",
        "test:ci": "npm run lint && npm run build && npm run test:coverage && npm run test:jest",
        "test:coverage": "node scripts/run-tests.js --coverage",
        prepack: "npm run build",
        benchmark: "node --allow-natives-syntax benchmark/index.js --scope all",
        "benchmark:ci": "node --allow-natives-syntax benchmark/index.js --scope all --reporter json | jq '.[] | .name, .opsSec'",
        "benchmark:simple": "node --allow-natives-syntax benchmark/index.js --scope simple:all",
        "benchmark:simple:default": "node --allow-natives-syntax benchmark/index.js --scope simple",
        "benchmark:simple:async": "node --allow-natives-syntax benchmark/index.js --scope simple:async",
        "benchmark:startup": "node --allow-natives-syntax benchmark/index.js --scope startup",
        "benchmark:queue": "node --allow-natives-syntax benchmark/index.js --scope queue"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/piscinajs/piscina.git"
      },
      keywords: [
        "fast",
        "worker threads",
        "thread pool",
        "wade wilson"
      ],
      author: "James M Snell <jasnell@gmail.com>",
      contributors: [
        "Anna Henningsen <anna@addaleax.net>",
        "Matteo Collina <matteo.collina@gmail.com>",
        "Carlos Fuentes <me@metcoder.dev>"
      ],
      license: "MIT",
      devDependencies: {
        "@types/jest": "^30.0.0",
        "@types/node": "^22.4.1",
        "abort-controller": "^3.0.0",
        "bench-node": "^0.7.0",
        "concat-stream": "^2.0.0",
        eslint: "^9.16.0",
        "gen-esm-wrapper": "^1.1.1",
        glob: "^13.0.1",
        jest: "^30.2.0",
        neostandard: "^0.13.0",
        "ts-jest": "^29.4.6",
        tsx: "^4.20.3",
        typescript: "5.8.3"
      },
      optionalDependencies: {
        "@napi-rs/nice": "^1.0.4"
      },
      bugs: {
        url: "https://github.com/piscinajs/piscina/issues"
      },
      homepage: "https://github.com/piscinajs/piscina#readme",
      directories: {
        example: "examples",
        test: "test"
      }
    };
  }
});

// ../main/node_modules/piscina/dist/abort.js
var require_abort = __commonJS({
  "../main/node_modules/piscina/dist/abort.js"(exports) {
    "use strict";
    init_action_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AbortError = void 0;
    exports.onabort = onabort;
    var AbortError = class extends Error {
      constructor(reason) {
        super("The task has been aborted", { cause: reason });
      }
      get name() {
        return "AbortError";
      }
    };
    exports.AbortError = AbortError;
    function onabort(abortSignal, listener) {
      if ("addEventListener" in abortSignal) {
        abortSignal.addEventListener("abort", listener, { once: true });
        return () => abortSignal.removeEventListener("abort", listener);
      } else {
        abortSignal.once("abort", listener);
        return () => abortSignal.removeListener("abort", listener);
      }
    }
  }
});

// ../main/node_modules/piscina/dist/task_queue/array_queue.js
var require_array_queue = __commonJS({
  "../main/node_modules/piscina/dist/task_queue/array_queue.js"(exports) {
    "use strict";
    init_action_shims();
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ArrayTaskQueue = void 0;
    var node_assert_1 = __importDefault(__require("node:assert"));
    var ArrayTaskQueue2 = class {
      constructor() {
        this.tasks = [];
      }
      get size() {
        return this.tasks.length;
      }
      shift() {
        var _a;
        return (_a = this.tasks.shift()) !== null && _a !== void 0 ? _a : null;
      }
      push(task) {
        this.tasks.push(task);
      }
      unshift(task) {
        this.tasks.unshift(task);
      }
      remove(task) {
        const index = this.tasks.indexOf(task);
        node_assert_1.default.notStrictEqual(index, -1);
        this.tasks.splice(index, 1);
      }
    };
    exports.ArrayTaskQueue = ArrayTaskQueue2;
  }
});

// ../main/node_modules/piscina/dist/task_queue/fixed_queue.js
var require_fixed_queue = __commonJS({
  "../main/node_modules/piscina/dist/task_queue/fixed_queue.js"(exports) {
    "use strict";
    init_action_shims();
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    var _FixedQueue_size;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FixedQueue = void 0;
    var node_assert_1 = __importDefault(__require("node:assert"));
    var kSize = 2048;
    var kMask = kSize - 1;
    var FixedCircularBuffer = class {
      constructor() {
        this.bottom = 0;
        this.top = 0;
        this.list = new Array(kSize);
        this.next = null;
      }
      isEmpty() {
        return this.top === this.bottom;
      }
      isFull() {
        return (this.top + 1 & kMask) === this.bottom;
      }
      push(data) {
        this.list[this.top] = data;
        this.top = this.top + 1 & kMask;
      }
      unshift(data) {
        this.bottom = this.bottom - 1 & kMask;
        this.list[this.bottom] = data;
      }
      shift() {
        const nextItem = this.list[this.bottom];
        if (nextItem === void 0) {
          return null;
        }
        this.list[this.bottom] = void 0;
        this.bottom = this.bottom + 1 & kMask;
        return nextItem;
      }
      remove(task) {
        const indexToRemove = this.list.indexOf(task);
        node_assert_1.default.notStrictEqual(indexToRemove, -1);
        let curr = indexToRemove;
        while (true) {
          const next = curr + 1 & kMask;
          this.list[curr] = this.list[next];
          if (this.list[curr] === void 0) {
            break;
          }
          if (next === indexToRemove) {
            this.list[curr] = void 0;
            break;
          }
          curr = next;
        }
        this.top = this.top - 1 & kMask;
      }
    };
    var FixedQueue2 = class {
      constructor() {
        _FixedQueue_size.set(this, 0);
        this.head = this.tail = new FixedCircularBuffer();
      }
      isEmpty() {
        return this.head.isEmpty();
      }
      push(data) {
        var _a;
        if (this.head.isFull()) {
          this.head = this.head.next = new FixedCircularBuffer();
        }
        this.head.push(data);
        __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a++, _a), "f");
      }
      unshift(data) {
        var _a;
        if (this.tail.isFull()) {
          const newTail = new FixedCircularBuffer();
          newTail.next = this.tail;
          this.tail = newTail;
        }
        this.tail.unshift(data);
        __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a++, _a), "f");
      }
      shift() {
        var _a;
        const tail = this.tail;
        const next = tail.shift();
        if (next !== null)
          __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a--, _a), "f");
        if (tail.isEmpty() && tail.next !== null) {
          this.tail = tail.next;
          tail.next = null;
        }
        return next;
      }
      remove(task) {
        var _a;
        let prev = null;
        let buffer = this.tail;
        while (true) {
          if (buffer.list.includes(task)) {
            buffer.remove(task);
            __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a--, _a), "f");
            break;
          }
          if (buffer.next === null)
            break;
          prev = buffer;
          buffer = buffer.next;
        }
        if (buffer.isEmpty()) {
          if (prev === null) {
            if (buffer.next !== null)
              this.tail = buffer.next;
          } else {
            if (buffer.next === null) {
              this.head = prev;
            } else {
              prev.next = buffer.next;
            }
          }
        }
      }
      get size() {
        return __classPrivateFieldGet(this, _FixedQueue_size, "f");
      }
    };
    exports.FixedQueue = FixedQueue2;
    _FixedQueue_size = /* @__PURE__ */ new WeakMap();
  }
});

// ../main/node_modules/piscina/dist/task_queue/index.js
var require_task_queue = __commonJS({
  "../main/node_modules/piscina/dist/task_queue/index.js"(exports) {
    "use strict";
    init_action_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TaskInfo = exports.FixedQueue = exports.ArrayTaskQueue = void 0;
    exports.isTaskQueue = isTaskQueue;
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var node_async_hooks_1 = __require("node:async_hooks");
    var abort_1 = require_abort();
    var common_1 = require_common();
    var symbols_1 = require_symbols();
    var array_queue_1 = require_array_queue();
    Object.defineProperty(exports, "ArrayTaskQueue", { enumerable: true, get: function() {
      return array_queue_1.ArrayTaskQueue;
    } });
    var fixed_queue_1 = require_fixed_queue();
    Object.defineProperty(exports, "FixedQueue", { enumerable: true, get: function() {
      return fixed_queue_1.FixedQueue;
    } });
    function isTaskQueue(value) {
      return typeof value === "object" && value !== null && "size" in value && typeof value.shift === "function" && typeof value.remove === "function" && typeof value.push === "function";
    }
    var taskIdCounter = 0;
    var TaskInfo = class extends node_async_hooks_1.AsyncResource {
      constructor({ task, transferList, filename, name, abortSignal, triggerAsyncId }, callback) {
        super("Piscina.Task", { requireManualDestroy: true, triggerAsyncId });
        this.workerInfo = null;
        this.aborted = false;
        this._abortListener = () => {
          this.aborted = true;
        };
        this._abortCleaner = null;
        this.callback = callback;
        this.task = task;
        this.transferList = transferList;
        if ((0, common_1.isMovable)(task)) {
          if (this.transferList == null) {
            this.transferList = [];
          }
          this.transferList = this.transferList.concat(task[symbols_1.kTransferable]);
          this.task = task[symbols_1.kValue];
        }
        this.filename = filename;
        this.name = name;
        this.taskId = taskIdCounter++;
        this.abortSignal = abortSignal;
        this.created = node_perf_hooks_1.performance.now();
        this.started = 0;
      }
      onAbort(value) {
        this._abortListener = () => {
          this.aborted = true;
          value();
        };
      }
      setAbortListener(signal) {
        this._abortCleaner = (0, abort_1.onabort)(signal, this._abortListener);
      }
      releaseTask() {
        const ret = this.task;
        this.task = null;
        return ret;
      }
      // TODO: implement - helpful for streaming chunks of data from worker to parent
      onResponse(_result) {
      }
      done(err, result) {
        var _a;
        this.runInAsyncScope(this.callback, null, err, result);
        this.emitDestroy();
        (_a = this._abortCleaner) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      get [symbols_1.kQueueOptions]() {
        var _a, _b;
        return (_b = (_a = this.task) === null || _a === void 0 ? void 0 : _a[symbols_1.kQueueOptions]) !== null && _b !== void 0 ? _b : null;
      }
      get interface() {
        return {
          taskId: this.taskId,
          filename: this.filename,
          name: this.name,
          created: this.created,
          isAbortable: this.abortSignal !== null,
          [symbols_1.kQueueOptions]: this[symbols_1.kQueueOptions]
        };
      }
    };
    exports.TaskInfo = TaskInfo;
  }
});

// ../main/node_modules/piscina/dist/errors.js
var require_errors = __commonJS({
  "../main/node_modules/piscina/dist/errors.js"(exports) {
    "use strict";
    init_action_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Errors = void 0;
    exports.Errors = {
      ThreadTermination: () => new Error("Terminating worker thread"),
      FilenameNotProvided: () => new Error("filename must be provided to run() or in options object"),
      TaskQueueAtLimit: () => new Error("Task queue is at limit"),
      NoTaskQueueAvailable: () => new Error("No task queue available and all Workers are busy"),
      CloseTimeout: () => new Error("Close operation timed out")
    };
  }
});

// ../main/node_modules/piscina/dist/histogram.js
var require_histogram = __commonJS({
  "../main/node_modules/piscina/dist/histogram.js"(exports) {
    "use strict";
    init_action_shims();
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var _PiscinaHistogramHandler_runTime;
    var _PiscinaHistogramHandler_waitTime;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PiscinaHistogramHandler = void 0;
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var PiscinaHistogramHandler = class _PiscinaHistogramHandler {
      constructor() {
        _PiscinaHistogramHandler_runTime.set(this, void 0);
        _PiscinaHistogramHandler_waitTime.set(this, void 0);
        __classPrivateFieldSet(this, _PiscinaHistogramHandler_runTime, (0, node_perf_hooks_1.createHistogram)(), "f");
        __classPrivateFieldSet(this, _PiscinaHistogramHandler_waitTime, (0, node_perf_hooks_1.createHistogram)(), "f");
      }
      get runTimeSummary() {
        return _PiscinaHistogramHandler.createHistogramSummary(__classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f"));
      }
      get waitTimeSummary() {
        return _PiscinaHistogramHandler.createHistogramSummary(__classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f"));
      }
      get runTimeCount() {
        return __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").count;
      }
      recordRunTime(value) {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").record(_PiscinaHistogramHandler.toHistogramIntegerNano(value));
      }
      recordWaitTime(value) {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f").record(_PiscinaHistogramHandler.toHistogramIntegerNano(value));
      }
      resetWaitTime() {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f").reset();
      }
      resetRunTime() {
        __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").reset();
      }
      static createHistogramSummary(histogram) {
        const { mean, stddev, min, max } = histogram;
        return {
          average: mean / 1e3,
          mean: mean / 1e3,
          stddev: stddev / 1e3,
          min: min / 1e3,
          max: max / 1e3,
          p0_001: histogram.percentile(1e-3) / 1e3,
          p0_01: histogram.percentile(0.01) / 1e3,
          p0_1: histogram.percentile(0.1) / 1e3,
          p1: histogram.percentile(1) / 1e3,
          p2_5: histogram.percentile(2.5) / 1e3,
          p10: histogram.percentile(10) / 1e3,
          p25: histogram.percentile(25) / 1e3,
          p50: histogram.percentile(50) / 1e3,
          p75: histogram.percentile(75) / 1e3,
          p90: histogram.percentile(90) / 1e3,
          p97_5: histogram.percentile(97.5) / 1e3,
          p99: histogram.percentile(99) / 1e3,
          p99_9: histogram.percentile(99.9) / 1e3,
          p99_99: histogram.percentile(99.99) / 1e3,
          p99_999: histogram.percentile(99.999) / 1e3
        };
      }
      static toHistogramIntegerNano(milliseconds) {
        return Math.max(1, Math.trunc(milliseconds * 1e3));
      }
    };
    exports.PiscinaHistogramHandler = PiscinaHistogramHandler;
    _PiscinaHistogramHandler_runTime = /* @__PURE__ */ new WeakMap(), _PiscinaHistogramHandler_waitTime = /* @__PURE__ */ new WeakMap();
  }
});

// ../main/node_modules/piscina/dist/worker_pool/base.js
var require_base = __commonJS({
  "../main/node_modules/piscina/dist/worker_pool/base.js"(exports) {
    "use strict";
    init_action_shims();
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsynchronouslyCreatedResourcePool = exports.AsynchronouslyCreatedResource = void 0;
    var node_assert_1 = __importDefault(__require("node:assert"));
    var AsynchronouslyCreatedResource = class {
      constructor() {
        this.onreadyListeners = [];
        this.ondestroyListeners = [];
      }
      markAsReady() {
        const listeners = this.onreadyListeners;
        (0, node_assert_1.default)(listeners != null);
        this.onreadyListeners = null;
        for (const listener of listeners) {
          listener();
        }
      }
      isReady() {
        return this.onreadyListeners == null;
      }
      onReady(fn) {
        if (this.onreadyListeners == null) {
          fn();
          return;
        }
        this.onreadyListeners.push(fn);
      }
      onDestroy(fn) {
        if (this.ondestroyListeners == null) {
          return;
        }
        this.ondestroyListeners.push(fn);
      }
      markAsDestroyed() {
        const listeners = this.ondestroyListeners;
        (0, node_assert_1.default)(listeners != null);
        this.ondestroyListeners = null;
        for (const listener of listeners) {
          listener();
        }
      }
      isDestroyed() {
        return this.ondestroyListeners == null;
      }
    };
    exports.AsynchronouslyCreatedResource = AsynchronouslyCreatedResource;
    var AsynchronouslyCreatedResourcePool = class {
      constructor(maximumUsage) {
        this.pendingItems = /* @__PURE__ */ new Set();
        this.readyItems = /* @__PURE__ */ new Set();
        this.maximumUsage = maximumUsage;
        this.onAvailableListeners = [];
        this.onTaskDoneListeners = [];
      }
      add(item) {
        this.pendingItems.add(item);
        item.onReady(() => {
          if (this.pendingItems.has(item)) {
            this.pendingItems.delete(item);
            this.readyItems.add(item);
            this.maybeAvailable(item);
          }
        });
      }
      delete(item) {
        this.pendingItems.delete(item);
        this.readyItems.delete(item);
      }
      *[Symbol.iterator]() {
        yield* this.pendingItems;
        yield* this.readyItems;
      }
      get size() {
        return this.pendingItems.size + this.readyItems.size;
      }
      maybeAvailable(item) {
        if (item.currentUsage() < this.maximumUsage) {
          for (const listener of this.onAvailableListeners) {
            listener(item);
          }
        }
      }
      onAvailable(fn) {
        this.onAvailableListeners.push(fn);
      }
      taskDone(item) {
        for (let i = 0; i < this.onTaskDoneListeners.length; i++) {
          this.onTaskDoneListeners[i](item);
        }
      }
      onTaskDone(fn) {
        this.onTaskDoneListeners.push(fn);
      }
      getCurrentUsage() {
        let inFlight = 0;
        for (const worker of this.readyItems) {
          const currentUsage = worker.currentUsage();
          if (Number.isFinite(currentUsage))
            inFlight += currentUsage;
        }
        return inFlight;
      }
    };
    exports.AsynchronouslyCreatedResourcePool = AsynchronouslyCreatedResourcePool;
  }
});

// ../main/node_modules/piscina/dist/worker_pool/balancer/index.js
var require_balancer = __commonJS({
  "../main/node_modules/piscina/dist/worker_pool/balancer/index.js"(exports) {
    "use strict";
    init_action_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LeastBusyBalancer = LeastBusyBalancer;
    function LeastBusyBalancer(opts) {
      const { maximumUsage } = opts;
      return (task, workers) => {
        let candidate = null;
        let checkpoint = maximumUsage;
        for (const worker of workers) {
          if (worker.currentUsage === 0) {
            candidate = worker;
            break;
          }
          if (worker.isRunningAbortableTask)
            continue;
          if (task.isAbortable === false && worker.currentUsage < checkpoint) {
            candidate = worker;
            checkpoint = worker.currentUsage;
          }
        }
        return candidate;
      };
    }
  }
});

// ../main/node_modules/piscina/dist/worker_pool/index.js
var require_worker_pool = __commonJS({
  "../main/node_modules/piscina/dist/worker_pool/index.js"(exports) {
    "use strict";
    init_action_shims();
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsynchronouslyCreatedResourcePool = exports.WorkerInfo = void 0;
    var node_worker_threads_1 = __require("node:worker_threads");
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var node_assert_1 = __importDefault(__require("node:assert"));
    var errors_1 = require_errors();
    var symbols_1 = require_symbols();
    var histogram_1 = require_histogram();
    var base_1 = require_base();
    Object.defineProperty(exports, "AsynchronouslyCreatedResourcePool", { enumerable: true, get: function() {
      return base_1.AsynchronouslyCreatedResourcePool;
    } });
    __exportStar(require_balancer(), exports);
    var WorkerInfo = class extends base_1.AsynchronouslyCreatedResource {
      constructor({ worker, port, enableHistogram }, onMessage) {
        super();
        this.idleTimeout = null;
        this.lastSeenResponseCount = 0;
        this.terminating = false;
        this.destroyed = false;
        const { filename, ...workerOpts } = worker;
        this.worker = new node_worker_threads_1.Worker(filename, workerOpts);
        this.port = port;
        this.onMessage = onMessage;
        this.port.on("message", this._handleResponse.bind(this));
        this.taskInfos = /* @__PURE__ */ new Map();
        this.sharedBuffer = new Int32Array(new SharedArrayBuffer(symbols_1.kFieldCount * Int32Array.BYTES_PER_ELEMENT));
        this.histogram = enableHistogram ? (0, node_perf_hooks_1.createHistogram)() : null;
      }
      get id() {
        return this.worker.threadId;
      }
      onWorkerMessage(handler) {
        this.worker.on("message", handler);
      }
      onWorkerError(handler) {
        this.worker.on("error", handler);
      }
      onWorkerExit(handler) {
        this.worker.on("exit", handler);
      }
      onPortClose(handler) {
        this.port.on("close", handler);
      }
      init(msg, toTransfer) {
        this.worker.postMessage(msg, toTransfer);
        return this;
      }
      workerRef() {
        this.worker.ref();
        return this;
      }
      workerUnref() {
        this.worker.unref();
        return this;
      }
      destroy() {
        if (this.terminating || this.destroyed)
          return;
        this.terminating = true;
        this.clearIdleTimeout();
        this.worker.terminate();
        this.port.close();
        for (const taskInfo of this.taskInfos.values()) {
          taskInfo.done(errors_1.Errors.ThreadTermination());
        }
        this.taskInfos.clear();
        this.terminating = false;
        this.destroyed = true;
        this.markAsDestroyed();
      }
      setIdleTimeout(handler, ms, ...args) {
        this.idleTimeout = setTimeout(handler, ms, ...args).unref();
      }
      clearIdleTimeout() {
        if (this.idleTimeout != null) {
          clearTimeout(this.idleTimeout);
          this.idleTimeout = null;
        }
      }
      ref() {
        this.port.ref();
        return this;
      }
      unref() {
        this.port.unref();
        return this;
      }
      _handleResponse(message) {
        var _a;
        (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.record(histogram_1.PiscinaHistogramHandler.toHistogramIntegerNano(message === null || message === void 0 ? void 0 : message.time));
        this.onMessage(message);
        if (this.taskInfos.size === 0) {
          this.unref();
        }
      }
      postTask(taskInfo) {
        (0, node_assert_1.default)(!this.taskInfos.has(taskInfo.taskId));
        (0, node_assert_1.default)(!this.terminating && !this.destroyed);
        const message = {
          task: taskInfo.releaseTask(),
          taskId: taskInfo.taskId,
          filename: taskInfo.filename,
          name: taskInfo.name,
          histogramEnabled: this.histogram != null ? 1 : 0
        };
        try {
          this.port.postMessage(message, taskInfo.transferList);
          queueMicrotask(() => this.clearIdleTimeout());
          taskInfo.workerInfo = this;
          this.taskInfos.set(taskInfo.taskId, taskInfo);
          this.ref();
          Atomics.add(this.sharedBuffer, symbols_1.kRequestCountField, 1);
          Atomics.notify(this.sharedBuffer, symbols_1.kRequestCountField, 1);
        } catch (err) {
          taskInfo.done(err);
        }
      }
      processPendingMessages() {
        if (this.destroyed)
          return;
        const actualResponseCount = Atomics.load(this.sharedBuffer, symbols_1.kResponseCountField);
        if (actualResponseCount !== this.lastSeenResponseCount) {
          this.lastSeenResponseCount = actualResponseCount;
          let entry;
          while ((entry = (0, node_worker_threads_1.receiveMessageOnPort)(this.port)) != null) {
            this._handleResponse(entry.message);
          }
        }
      }
      isRunningAbortableTask() {
        if (this.taskInfos.size !== 1)
          return false;
        const [[, task]] = this.taskInfos;
        return task.abortSignal != null;
      }
      currentUsage() {
        return this.isRunningAbortableTask() ? Infinity : this.taskInfos.size;
      }
      popTask(taskId) {
        var _a;
        const task = (_a = this.taskInfos.get(taskId)) !== null && _a !== void 0 ? _a : null;
        if (task != null)
          this.taskInfos.delete(taskId);
        return task;
      }
      get interface() {
        const worker = this;
        return {
          get id() {
            return worker.worker.threadId;
          },
          get currentUsage() {
            return worker.currentUsage();
          },
          get isRunningAbortableTask() {
            return worker.isRunningAbortableTask();
          },
          get histogram() {
            return worker.histogram != null ? histogram_1.PiscinaHistogramHandler.createHistogramSummary(worker.histogram) : null;
          },
          get terminating() {
            return worker.terminating;
          },
          get destroyed() {
            return worker.destroyed;
          },
          [symbols_1.kWorkerData]: worker
        };
      }
    };
    exports.WorkerInfo = WorkerInfo;
  }
});

// ../main/node_modules/piscina/dist/index.js
var require_dist = __commonJS({
  "../main/node_modules/piscina/dist/index.js"(exports) {
    "use strict";
    init_action_shims();
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var _DirectlyTransferable_value;
    var _ArrayBufferViewTransferable_view;
    var _Piscina_pool;
    var _Piscina_histogram;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.workerData = exports.isWorkerThread = exports.move = exports.ArrayTaskQueue = exports.FixedQueue = exports.version = exports.queueOptionsSymbol = exports.valueSymbol = exports.transferableSymbol = exports.Piscina = void 0;
    var node_worker_threads_1 = __require("node:worker_threads");
    var node_events_1 = __require("node:events");
    var node_path_1 = __require("node:path");
    var node_util_1 = __require("node:util");
    var node_perf_hooks_1 = __require("node:perf_hooks");
    var promises_1 = __require("node:timers/promises");
    var package_json_1 = require_package();
    Object.defineProperty(exports, "version", { enumerable: true, get: function() {
      return package_json_1.version;
    } });
    var symbols_1 = require_symbols();
    Object.defineProperty(exports, "queueOptionsSymbol", { enumerable: true, get: function() {
      return symbols_1.kQueueOptions;
    } });
    Object.defineProperty(exports, "transferableSymbol", { enumerable: true, get: function() {
      return symbols_1.kTransferable;
    } });
    Object.defineProperty(exports, "valueSymbol", { enumerable: true, get: function() {
      return symbols_1.kValue;
    } });
    var task_queue_1 = require_task_queue();
    Object.defineProperty(exports, "ArrayTaskQueue", { enumerable: true, get: function() {
      return task_queue_1.ArrayTaskQueue;
    } });
    Object.defineProperty(exports, "FixedQueue", { enumerable: true, get: function() {
      return task_queue_1.FixedQueue;
    } });
    var worker_pool_1 = require_worker_pool();
    var abort_1 = require_abort();
    var histogram_1 = require_histogram();
    var errors_1 = require_errors();
    var common_1 = require_common();
    var cpuParallelism = (0, common_1.getAvailableParallelism)();
    var kDefaultOptions = {
      filename: null,
      name: "default",
      minThreads: Math.max(Math.floor(cpuParallelism / 2), 1),
      maxThreads: cpuParallelism * 1.5,
      idleTimeout: 0,
      maxQueue: Infinity,
      concurrentTasksPerWorker: 1,
      atomics: "sync",
      taskQueue: new task_queue_1.ArrayTaskQueue(),
      niceIncrement: 0,
      trackUnmanagedFds: true,
      closeTimeout: 3e4,
      recordTiming: true,
      stricterFIFO: false,
      workerHistogram: false
    };
    var kDefaultRunOptions = {
      transferList: void 0,
      filename: null,
      signal: null,
      name: null
    };
    var kDefaultCloseOptions = {
      force: false
    };
    var DirectlyTransferable = class {
      constructor(value) {
        _DirectlyTransferable_value.set(this, void 0);
        __classPrivateFieldSet(this, _DirectlyTransferable_value, value, "f");
      }
      get [(_DirectlyTransferable_value = /* @__PURE__ */ new WeakMap(), symbols_1.kTransferable)]() {
        return __classPrivateFieldGet(this, _DirectlyTransferable_value, "f");
      }
      get [symbols_1.kValue]() {
        return __classPrivateFieldGet(this, _DirectlyTransferable_value, "f");
      }
    };
    var ArrayBufferViewTransferable = class {
      constructor(view) {
        _ArrayBufferViewTransferable_view.set(this, void 0);
        __classPrivateFieldSet(this, _ArrayBufferViewTransferable_view, view, "f");
      }
      get [(_ArrayBufferViewTransferable_view = /* @__PURE__ */ new WeakMap(), symbols_1.kTransferable)]() {
        return __classPrivateFieldGet(this, _ArrayBufferViewTransferable_view, "f").buffer;
      }
      get [symbols_1.kValue]() {
        return __classPrivateFieldGet(this, _ArrayBufferViewTransferable_view, "f");
      }
    };
    var ThreadPool = class {
      constructor(publicInterface, options) {
        var _a, _b, _c;
        this.skipQueue = [];
        this.completed = 0;
        this.histogram = null;
        this.start = node_perf_hooks_1.performance.now();
        this.inProcessPendingMessages = false;
        this.startingUp = false;
        this.closingUp = false;
        this.workerFailsDuringBootstrap = false;
        this.destroying = false;
        this.publicInterface = publicInterface;
        this.taskQueue = (_a = options.taskQueue) !== null && _a !== void 0 ? _a : new task_queue_1.FixedQueue();
        const filename = options.filename ? (0, common_1.maybeFileURLToPath)(options.filename) : null;
        this.options = (0, common_1.withNullPrototype)({
          ...kDefaultOptions,
          ...options,
          filename,
          maxQueue: 0
        });
        if (this.options.recordTiming) {
          this.histogram = new histogram_1.PiscinaHistogramHandler();
        }
        if (options.maxThreads !== void 0 && this.options.minThreads >= options.maxThreads) {
          this.options.minThreads = options.maxThreads;
        }
        if (options.minThreads !== void 0 && this.options.maxThreads <= options.minThreads) {
          this.options.maxThreads = options.minThreads;
        }
        if (options.maxQueue === "auto") {
          this.options.maxQueue = this.options.maxThreads ** 2;
        } else {
          this.options.maxQueue = (_b = options.maxQueue) !== null && _b !== void 0 ? _b : kDefaultOptions.maxQueue;
        }
        this.balancer = (_c = this.options.loadBalancer) !== null && _c !== void 0 ? _c : (0, worker_pool_1.LeastBusyBalancer)({ maximumUsage: this.options.concurrentTasksPerWorker });
        this.workers = new worker_pool_1.AsynchronouslyCreatedResourcePool(this.options.concurrentTasksPerWorker);
        this.workers.onTaskDone(this._onWorkerTaskDone.bind(this));
        this.maxCapacity = this.options.maxThreads * this.options.concurrentTasksPerWorker;
        this.startingUp = true;
        this._ensureMinimumWorkers();
        this.startingUp = false;
        this._needsDrain = false;
      }
      _ensureMinimumWorkers() {
        if (this.closingUp || this.destroying) {
          return;
        }
        while (this.workers.size < this.options.minThreads) {
          this._addNewWorker();
        }
      }
      _addNewWorker() {
        if (this.closingUp === true)
          return;
        const { port1, port2 } = new node_worker_threads_1.MessageChannel();
        const workerInfo = new worker_pool_1.WorkerInfo({
          worker: {
            filename: (0, node_path_1.resolve)(__dirname, "worker.js"),
            env: this.options.env,
            argv: this.options.argv,
            execArgv: this.options.execArgv,
            resourceLimits: this.options.resourceLimits,
            workerData: this.options.workerData,
            trackUnmanagedFds: this.options.trackUnmanagedFds
          },
          port: port1,
          enableHistogram: this.options.workerHistogram
        }, onMessage.bind(this));
        const message = {
          filename: this.options.filename,
          name: this.options.name,
          port: port2,
          sharedBuffer: workerInfo.sharedBuffer,
          atomics: this.options.atomics,
          niceIncrement: this.options.niceIncrement
        };
        workerInfo.onDestroy(() => {
          this.publicInterface.emit("workerDestroy", workerInfo.interface);
        });
        workerInfo.onWorkerMessage(onWorkerMessage.bind(this));
        workerInfo.onWorkerError(onWorkerError.bind(this));
        workerInfo.onWorkerExit(onWorkerExit.bind(this));
        workerInfo.onPortClose(() => {
          workerInfo.workerRef();
        });
        if (this.startingUp === true) {
          workerInfo.markAsReady();
          queueMicrotask(() => {
            this.publicInterface.emit("workerCreate", workerInfo.interface);
            this._onWorkerReady(workerInfo);
          });
        } else {
          workerInfo.onReady(() => {
            this.publicInterface.emit("workerCreate", workerInfo.interface);
            this._onWorkerReady(workerInfo);
          });
        }
        workerInfo.init(message, [port2]).workerUnref();
        this.workers.add(workerInfo);
        function onMessage(message2) {
          const { taskId, result } = message2;
          const taskInfo = workerInfo.popTask(taskId);
          this.workers.taskDone(workerInfo);
          if (taskInfo == null) {
            const err = new Error(`Unexpected message from Worker: ${(0, node_util_1.inspect)(message2)}`);
            this.publicInterface.emit("error", err);
          } else {
            taskInfo.done(message2.error, result);
          }
          this._processPendingMessages();
        }
        function onWorkerReady() {
          workerInfo.currentUsage() === 0 && workerInfo.unref();
          workerInfo.isReady() === false && workerInfo.markAsReady();
        }
        function onEventMessage(message2) {
          this.publicInterface.emit("message", message2);
        }
        function onWorkerMessage(message2) {
          const isReadyMessage = message2 instanceof Object && common_1.READY in message2 || typeof message2 === "object" && message2 !== null && common_1.READY in message2;
          if (isReadyMessage) {
            onWorkerReady();
          } else {
            onEventMessage.call(this, message2);
          }
        }
        function onWorkerError(err) {
          this._onError(workerInfo, err, false);
        }
        function onWorkerExit(code) {
          if (this.destroying === false) {
            const err = new Error(`worker exited with code: ${code}`);
            this._onError(workerInfo, err, true);
          }
        }
      }
      _onError(workerInfo, err, onlyErrorUnfinishedTasks) {
        const taskInfos = [...workerInfo.taskInfos.values()];
        workerInfo.taskInfos.clear();
        this._removeWorker(workerInfo);
        if (workerInfo.isReady() && !this.workerFailsDuringBootstrap) {
          this._ensureMinimumWorkers();
        } else {
          this.workerFailsDuringBootstrap = true;
        }
        if (taskInfos.length > 0) {
          for (const taskInfo of taskInfos) {
            taskInfo.done(err, null);
          }
        } else if (!onlyErrorUnfinishedTasks) {
          this.publicInterface.emit("error", err);
        }
      }
      _processPendingMessages() {
        if (this.inProcessPendingMessages || this.options.atomics === "disabled") {
          return;
        }
        this.inProcessPendingMessages = true;
        try {
          for (const workerInfo of this.workers) {
            workerInfo.processPendingMessages();
          }
        } finally {
          this.inProcessPendingMessages = false;
        }
      }
      _removeWorker(workerInfo) {
        workerInfo.destroy();
        this.workers.delete(workerInfo);
      }
      _removeTaskFromQueue(taskInfo) {
        this.taskQueue.remove(taskInfo);
        const skipQueueIndex = this.skipQueue.indexOf(taskInfo);
        if (skipQueueIndex !== -1) {
          this.skipQueue.splice(skipQueueIndex, 1);
        }
      }
      _onWorkerReady(workerInfo) {
        this._onWorkerAvailable(workerInfo);
      }
      _onWorkerTaskDone(workerInfo) {
        this._onWorkerAvailable(workerInfo);
      }
      _onWorkerAvailable(workerInfo) {
        let workers = null;
        while (this.taskQueue.size > 0 || this.skipQueue.length > 0) {
          const taskInfo = this.skipQueue.shift() || this.taskQueue.shift();
          if (workers == null) {
            workers = [...this.workers].map((workerInfo2) => workerInfo2.interface);
          }
          const distributed = this._distributeTask(taskInfo, workers);
          if (distributed) {
            continue;
          }
          if (this.workers.size < this.options.maxThreads) {
            this._addNewWorker();
            continue;
          } else {
            break;
          }
        }
        if (this.options.idleTimeout === Infinity) {
          return;
        }
        if (workerInfo.currentUsage() === 0 && this.workers.size > this.options.minThreads) {
          workerInfo.setIdleTimeout(() => {
            if (workerInfo.currentUsage() !== 0) {
              return;
            }
            if (this.workers.size > this.options.minThreads) {
              this._removeWorker(workerInfo);
            }
          }, this.options.idleTimeout);
        }
      }
      _distributeTask(task, workers) {
        var _a;
        if (task.aborted)
          return true;
        const candidate = this.balancer(task.interface, workers);
        if (candidate != null && candidate[symbols_1.kWorkerData] != null) {
          const now = node_perf_hooks_1.performance.now();
          (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.recordWaitTime(now - task.created);
          task.started = now;
          candidate[symbols_1.kWorkerData].postTask(task);
          queueMicrotask(() => this._maybeDrain());
          return true;
        }
        this._returnUndistributedTask(task, !this.options.stricterFIFO);
        return false;
      }
      _returnUndistributedTask(task, toTail = false) {
        if (task.abortSignal != null) {
          if (toTail) {
            this.skipQueue.push(task);
          } else {
            this.skipQueue.unshift(task);
          }
          return;
        }
        if (toTail) {
          this.taskQueue.push(task);
        } else if (this.taskQueue.unshift != null) {
          this.taskQueue.unshift(task);
        } else {
          this.taskQueue.push(task);
        }
      }
      runTask(task, options) {
        var _a;
        let { filename, name } = options;
        const { transferList = [] } = options;
        filename = filename !== null && filename !== void 0 ? filename : this.options.filename;
        name = name !== null && name !== void 0 ? name : this.options.name;
        if (typeof filename !== "string") {
          return Promise.reject(errors_1.Errors.FilenameNotProvided());
        }
        filename = (0, common_1.maybeFileURLToPath)(filename);
        let signal;
        if (this.closingUp || this.destroying) {
          const closingUpAbortController = new AbortController();
          closingUpAbortController.abort("queue is being terminated");
          signal = closingUpAbortController.signal;
        } else {
          signal = (_a = options.signal) !== null && _a !== void 0 ? _a : null;
        }
        const { promise: ret, resolve, reject } = (0, common_1.promiseResolvers)();
        const taskInfo = new task_queue_1.TaskInfo({
          task,
          transferList,
          filename,
          name,
          abortSignal: signal,
          triggerAsyncId: this.publicInterface.asyncResource.asyncId()
        }, (err, result) => {
          var _a2;
          this.completed++;
          if (taskInfo.started) {
            (_a2 = this.histogram) === null || _a2 === void 0 ? void 0 : _a2.recordRunTime(node_perf_hooks_1.performance.now() - taskInfo.started);
          }
          if (err !== null) {
            reject(err);
          } else {
            resolve(result);
          }
          queueMicrotask(this._maybeDrain.bind(this));
        });
        if (signal != null) {
          if (signal.aborted) {
            reject(new abort_1.AbortError(signal.reason));
            return ret;
          }
          taskInfo.onAbort(() => {
            reject(new abort_1.AbortError(signal.reason));
            if (taskInfo.workerInfo != null) {
              this._removeWorker(taskInfo.workerInfo);
              this._ensureMinimumWorkers();
            } else {
              this._removeTaskFromQueue(taskInfo);
            }
          });
          taskInfo.setAbortListener(signal);
        }
        if (this.taskQueue.size > 0) {
          const totalCapacity = this.options.maxQueue + this.pendingCapacity();
          if (this.taskQueue.size >= totalCapacity) {
            if (this.options.maxQueue === 0) {
              reject(errors_1.Errors.NoTaskQueueAvailable());
            } else {
              reject(errors_1.Errors.TaskQueueAtLimit());
            }
          } else {
            this.taskQueue.push(taskInfo);
            if (this.workers.size < this.options.maxThreads) {
              this._addNewWorker();
            }
          }
          queueMicrotask(this._maybeDrain.bind(this));
          return ret;
        }
        const workers = [...this.workers.readyItems].map((workerInfo) => workerInfo.interface);
        const distributed = this._distributeTask(taskInfo, workers);
        if (!distributed) {
          if (this.workers.size < this.options.maxThreads) {
            this._addNewWorker();
          }
          if (this.options.maxQueue <= 0 && this.pendingCapacity() === 0) {
            reject(errors_1.Errors.NoTaskQueueAvailable());
          }
        }
        ;
        queueMicrotask(this._maybeDrain.bind(this));
        return ret;
      }
      pendingCapacity() {
        return this.workers.pendingItems.size * this.options.concurrentTasksPerWorker;
      }
      _maybeDrain() {
        const { maxCapacity } = this;
        const currentUsage = this.workers.getCurrentUsage();
        if (maxCapacity === currentUsage) {
          this._needsDrain = true;
          queueMicrotask(() => this.publicInterface.emit("needsDrain"));
        } else if (maxCapacity > currentUsage && this._needsDrain) {
          this._needsDrain = false;
          queueMicrotask(() => this.publicInterface.emit("drain"));
        }
      }
      async destroy() {
        this.destroying = true;
        while (this.skipQueue.length > 0) {
          const taskInfo = this.skipQueue.shift();
          taskInfo.done(new Error("Terminating worker thread"));
        }
        while (this.taskQueue.size > 0) {
          const taskInfo = this.taskQueue.shift();
          taskInfo.done(new Error("Terminating worker thread"));
        }
        const exitEvents = [];
        while (this.workers.size > 0) {
          const [workerInfo] = this.workers;
          exitEvents.push((0, node_events_1.once)(workerInfo.worker, "exit"));
          this._removeWorker(workerInfo);
        }
        await Promise.allSettled(exitEvents);
        this.destroying = false;
      }
      async close(options) {
        this.closingUp = true;
        if (options.force) {
          const skipQueueLength = this.skipQueue.length;
          for (let i = 0; i < skipQueueLength; i++) {
            const taskInfo = this.skipQueue.shift();
            if (taskInfo.workerInfo === null) {
              taskInfo.done(new abort_1.AbortError("pool is closed"));
            } else {
              this.skipQueue.push(taskInfo);
            }
          }
          const taskQueueLength = this.taskQueue.size;
          for (let i = 0; i < taskQueueLength; i++) {
            const taskInfo = this.taskQueue.shift();
            if (taskInfo.workerInfo === null) {
              taskInfo.done(new abort_1.AbortError("pool is closed"));
            } else {
              this.taskQueue.push(taskInfo);
            }
          }
        }
        const onPoolFlushed = () => new Promise((resolve) => {
          const numberOfWorkers = this.workers.size;
          if (numberOfWorkers === 0) {
            resolve();
            return;
          }
          let numberOfWorkersDone = 0;
          const checkIfWorkerIsDone = (workerInfo) => {
            if (workerInfo.taskInfos.size === 0) {
              numberOfWorkersDone++;
            }
            if (numberOfWorkers === numberOfWorkersDone) {
              resolve();
            }
          };
          this.workers.onTaskDone(checkIfWorkerIsDone);
          for (const workerInfo of this.workers) {
            checkIfWorkerIsDone(workerInfo);
            this.workers.onTaskDone(checkIfWorkerIsDone);
          }
        });
        const throwOnTimeOut = async (timeout) => {
          await (0, promises_1.setTimeout)(timeout, null, { ref: false });
          throw errors_1.Errors.CloseTimeout();
        };
        try {
          await Promise.race([
            onPoolFlushed(),
            throwOnTimeOut(this.options.closeTimeout)
          ]);
        } catch (error) {
          this.publicInterface.emit("error", error);
        } finally {
          await this.destroy();
          this.publicInterface.emit("close");
          this.closingUp = false;
        }
      }
    };
    var Piscina2 = class _Piscina extends node_events_1.EventEmitterAsyncResource {
      constructor(options = {}) {
        const opts = (0, common_1.withNullPrototype)(options);
        super((0, common_1.withNullPrototype)(opts, { name: "Piscina" }));
        _Piscina_pool.set(this, void 0);
        _Piscina_histogram.set(this, null);
        if (typeof opts.filename !== "string" && opts.filename != null) {
          throw new TypeError("options.filename must be a string or null");
        }
        if (typeof opts.name !== "string" && opts.name != null) {
          throw new TypeError("options.name must be a string or null");
        }
        if (opts.minThreads !== void 0 && (typeof opts.minThreads !== "number" || opts.minThreads < 0)) {
          throw new TypeError("options.minThreads must be a non-negative integer");
        }
        if (opts.maxThreads !== void 0 && (typeof opts.maxThreads !== "number" || opts.maxThreads < 1)) {
          throw new TypeError("options.maxThreads must be a positive integer");
        }
        if (opts.minThreads !== void 0 && opts.maxThreads !== void 0 && opts.minThreads > opts.maxThreads) {
          throw new RangeError("options.minThreads and options.maxThreads must not conflict");
        }
        if (opts.idleTimeout !== void 0 && (typeof opts.idleTimeout !== "number" || opts.idleTimeout < 0)) {
          throw new TypeError("options.idleTimeout must be a non-negative integer");
        }
        if (opts.maxQueue !== void 0 && opts.maxQueue !== "auto" && (typeof opts.maxQueue !== "number" || opts.maxQueue < 0)) {
          throw new TypeError("options.maxQueue must be a non-negative integer");
        }
        if (opts.concurrentTasksPerWorker !== void 0 && (typeof opts.concurrentTasksPerWorker !== "number" || opts.concurrentTasksPerWorker < 1)) {
          throw new TypeError("options.concurrentTasksPerWorker must be a positive integer");
        }
        if (opts.atomics != null && (typeof opts.atomics !== "string" || !["sync", "async", "disabled"].includes(opts.atomics))) {
          throw new TypeError("options.atomics should be a value of sync, sync or disabled.");
        }
        if (opts.resourceLimits !== void 0 && (typeof opts.resourceLimits !== "object" || opts.resourceLimits === null)) {
          throw new TypeError("options.resourceLimits must be an object");
        }
        if (opts.taskQueue !== void 0 && !(0, task_queue_1.isTaskQueue)(opts.taskQueue)) {
          throw new TypeError("options.taskQueue must be a TaskQueue object");
        }
        if (opts.niceIncrement !== void 0 && (typeof opts.niceIncrement !== "number" || opts.niceIncrement < 0 && process.platform !== "win32")) {
          throw new TypeError("options.niceIncrement must be a non-negative integer on Unix systems");
        }
        if (opts.trackUnmanagedFds !== void 0 && typeof opts.trackUnmanagedFds !== "boolean") {
          throw new TypeError("options.trackUnmanagedFds must be a boolean value");
        }
        if (opts.closeTimeout !== void 0 && (typeof opts.closeTimeout !== "number" || opts.closeTimeout < 0)) {
          throw new TypeError("options.closeTimeout must be a non-negative integer");
        }
        if (opts.loadBalancer !== void 0 && (typeof opts.loadBalancer !== "function" || opts.loadBalancer.length < 1)) {
          throw new TypeError("options.loadBalancer must be a function with at least two args");
        }
        if (opts.workerHistogram !== void 0 && typeof opts.workerHistogram !== "boolean") {
          throw new TypeError("options.workerHistogram must be a boolean");
        }
        if (opts.stricterFIFO !== void 0 && typeof opts.stricterFIFO !== "boolean") {
          throw new TypeError("options.stricterFIFO must be a boolean");
        }
        __classPrivateFieldSet(this, _Piscina_pool, new ThreadPool(this, opts), "f");
      }
      run(task, options = kDefaultRunOptions) {
        var _a, _b, _c;
        if (options === null || typeof options !== "object") {
          return Promise.reject(new TypeError("options must be an object"));
        }
        options = (0, common_1.withNullPrototype)(options);
        const transferList = options.transferList;
        const signal = (_a = options.signal) !== null && _a !== void 0 ? _a : null;
        const filename = (_b = options.filename) !== null && _b !== void 0 ? _b : null;
        const name = (_c = options.name) !== null && _c !== void 0 ? _c : null;
        if (transferList !== void 0 && !Array.isArray(transferList)) {
          return Promise.reject(new TypeError("transferList argument must be an Array"));
        }
        if (filename != null && typeof filename !== "string") {
          return Promise.reject(new TypeError("filename argument must be a string"));
        }
        if (name != null && typeof name !== "string") {
          return Promise.reject(new TypeError("name argument must be a string"));
        }
        if (signal != null && typeof signal !== "object") {
          return Promise.reject(new TypeError("signal argument must be an object"));
        }
        return __classPrivateFieldGet(this, _Piscina_pool, "f").runTask(task, { transferList, filename, name, signal });
      }
      async close(options = kDefaultCloseOptions) {
        if (options === null || typeof options !== "object") {
          throw TypeError("options must be an object");
        }
        options = (0, common_1.withNullPrototype)(options);
        let { force } = options;
        if (force !== void 0 && typeof force !== "boolean") {
          return Promise.reject(new TypeError("force argument must be a boolean"));
        }
        force !== null && force !== void 0 ? force : force = kDefaultCloseOptions.force;
        return __classPrivateFieldGet(this, _Piscina_pool, "f").close({
          force
        });
      }
      destroy() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").destroy();
      }
      [(_Piscina_pool = /* @__PURE__ */ new WeakMap(), _Piscina_histogram = /* @__PURE__ */ new WeakMap(), Symbol.dispose)]() {
        this.close();
      }
      [Symbol.asyncDispose]() {
        return this.close();
      }
      get maxThreads() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").options.maxThreads;
      }
      get minThreads() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").options.minThreads;
      }
      get options() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").options;
      }
      get threads() {
        const ret = [];
        for (const workerInfo of __classPrivateFieldGet(this, _Piscina_pool, "f").workers) {
          ret.push(workerInfo.worker);
        }
        return ret;
      }
      get idleThreads() {
        let count = 0;
        for (const workerInfo of __classPrivateFieldGet(this, _Piscina_pool, "f").workers.readyItems) {
          if (workerInfo.currentUsage() === 0)
            count++;
        }
        return count;
      }
      get queueSize() {
        const pool = __classPrivateFieldGet(this, _Piscina_pool, "f");
        return Math.max(pool.taskQueue.size + pool.skipQueue.length - pool.pendingCapacity(), 0);
      }
      get completed() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f").completed;
      }
      get histogram() {
        if (__classPrivateFieldGet(this, _Piscina_histogram, "f") == null) {
          const piscinahistogram = {
            // @ts-expect-error
            get runTime() {
              var _a;
              return (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.runTimeSummary;
            },
            // @ts-expect-error
            get waitTime() {
              var _a;
              return (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.waitTimeSummary;
            },
            resetRunTime() {
              var _a;
              (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.resetRunTime();
            },
            resetWaitTime() {
              var _a;
              (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.resetWaitTime();
            }
          };
          Object.defineProperty(piscinahistogram, "histogram", {
            value: __classPrivateFieldGet(this, _Piscina_pool, "f").histogram,
            writable: false,
            enumerable: false,
            configurable: false
          });
          __classPrivateFieldSet(this, _Piscina_histogram, piscinahistogram, "f");
        }
        ;
        return __classPrivateFieldGet(this, _Piscina_histogram, "f");
      }
      get utilization() {
        if (__classPrivateFieldGet(this, _Piscina_pool, "f").histogram == null) {
          return 0;
        }
        const count = __classPrivateFieldGet(this, _Piscina_pool, "f").histogram.runTimeCount;
        if (count === 0) {
          return 0;
        }
        const capacity = this.duration * __classPrivateFieldGet(this, _Piscina_pool, "f").options.maxThreads;
        const totalMeanRuntime = __classPrivateFieldGet(this, _Piscina_pool, "f").histogram.runTimeSummary.mean / 1e3 * count;
        return totalMeanRuntime / capacity;
      }
      get duration() {
        return node_perf_hooks_1.performance.now() - __classPrivateFieldGet(this, _Piscina_pool, "f").start;
      }
      get needsDrain() {
        return __classPrivateFieldGet(this, _Piscina_pool, "f")._needsDrain;
      }
      static get isWorkerThread() {
        return common_1.commonState.isWorkerThread;
      }
      static get workerData() {
        return common_1.commonState.workerData;
      }
      static get version() {
        return package_json_1.version;
      }
      static get Piscina() {
        return _Piscina;
      }
      static get FixedQueue() {
        return task_queue_1.FixedQueue;
      }
      static get ArrayTaskQueue() {
        return task_queue_1.ArrayTaskQueue;
      }
      static move(val) {
        if (val != null && typeof val === "object" && typeof val !== "function") {
          if (!(0, common_1.isTransferable)(val)) {
            if (node_util_1.types.isArrayBufferView(val)) {
              val = new ArrayBufferViewTransferable(val);
            } else {
              val = new DirectlyTransferable(val);
            }
          }
          (0, common_1.markMovable)(val);
        }
        return val;
      }
      static get transferableSymbol() {
        return symbols_1.kTransferable;
      }
      static get valueSymbol() {
        return symbols_1.kValue;
      }
      static get queueOptionsSymbol() {
        return symbols_1.kQueueOptions;
      }
    };
    exports.default = Piscina2;
    exports.Piscina = Piscina2;
    var move2 = Piscina2.move;
    exports.move = move2;
    var isWorkerThread2 = Piscina2.isWorkerThread;
    exports.isWorkerThread = isWorkerThread2;
    var workerData2 = Piscina2.workerData;
    exports.workerData = workerData2;
  }
});

// ../main/node_modules/piscina/dist/main.js
var require_main = __commonJS({
  "../main/node_modules/piscina/dist/main.js"(exports, module) {
    "use strict";
    init_action_shims();
    var __importDefault = exports && exports.__importDefault || function(mod2) {
      return mod2 && mod2.__esModule ? mod2 : { "default": mod2 };
    };
    var index_1 = __importDefault(require_dist());
    module.exports = index_1.default;
  }
});

// ../main/node_modules/piscina/dist/esm-wrapper.mjs
init_action_shims();
var import_main = __toESM(require_main(), 1);
var esm_wrapper_default = import_main.default;
var ArrayTaskQueue = import_main.default.ArrayTaskQueue;
var FixedQueue = import_main.default.FixedQueue;
var Piscina = import_main.default.Piscina;
var isWorkerThread = import_main.default.isWorkerThread;
var move = import_main.default.move;
var queueOptionsSymbol = import_main.default.queueOptionsSymbol;
var transferableSymbol = import_main.default.transferableSymbol;
var valueSymbol = import_main.default.valueSymbol;
var version = import_main.default.version;
var workerData = import_main.default.workerData;
export {
  ArrayTaskQueue,
  FixedQueue,
  Piscina,
  esm_wrapper_default as default,
  isWorkerThread,
  move,
  queueOptionsSymbol,
  transferableSymbol,
  valueSymbol,
  version,
  workerData
};
