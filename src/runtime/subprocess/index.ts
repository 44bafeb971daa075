// "parallel/subprocess"
export { run, type CompletedProcess } from './run';
