// "parallel/fs"
export * from './fs';
export { path, join, basename, dirname, extname } from './path';
