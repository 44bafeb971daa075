// "parallel/image"
export { Image } from './image';
export { maxPixels } from './limits';
export { ImageFilter, type Filter } from './filters';
export type { Mode } from './png';
