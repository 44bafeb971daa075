// "parallel/image"
export { Image, maxPixels } from './image';
export { ImageFilter, type Filter } from './filters';
export type { Mode } from './png';
