// The worker-thread entry point piscina loads (see pool.ts): one task per call.
import { runTask, type LintTask, type TaskResult } from './task.js';

export default function lintTask(task: LintTask): Promise<TaskResult> {
  return runTask(task);
}
