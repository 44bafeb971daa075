// workerpool's side of the comparison: the same no-op task, behind workerpool's own protocol.
import workerpool from 'workerpool';

workerpool.worker({ noop: (x: number) => x });
