// The worker thread's entry: Tinypool calls the default export with each task.
import { runTask, type Task } from './tasks';

export default function (task: Task) {
	return runTask(task);
}
