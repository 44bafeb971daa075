// How large an image the lab takes. A worker holds an image as RGBA-sized data at most, and a
// filter keeps its source and its result at once, on every worker of a pool: 40 M pixels is
// 160 MB per copy. The Files panel refuses larger uploads with the same number.
export const maxPixels = 40_000_000;
