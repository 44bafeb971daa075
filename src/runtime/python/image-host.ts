// The JavaScript module `_parallel_lab_image` that our PIL (lib/PIL) and matplotlib call: the runtime's own
// image code, run synchronously in the Python process, so a Python run's pixels are the
// TypeScript runtime's (and so Pillow's). PNG goes through CPython's zlib, which the Python side
// hands in; JPEG, which only the browser's asynchronous decoder reads, through the workspace
// service.
import { ImageFilter, applyFilter, type Filter } from '../image/filters';
import { maxPixels } from '../image/limits';
import { decodePngSync, encodePngSync, type Mode, type Pixels } from '../image/png';
import { withBytes } from './host';
import type { FigureSpec } from '../plot/figure';
import type { WorkspaceClient } from './workspace/client';

/** A Python callable, as JavaScript holds it, and the bytes object it returns. */
type PyCallable = ((data: Uint8Array) => unknown) & { destroy?(): void };

const bandsOf: Record<Mode, number> = { L: 1, RGB: 3, RGBA: 4 };

/** What ImageFilter's objects send (lib/PIL/ImageFilter.py, `_spec`). */
type FilterSpec =
  | { builtin: string }
  | { gaussian: number }
  | { box: number }
  | { kernel: [size: number, kernel: number[], scale: number | null, offset: number] };

const builtins = [
  'BLUR',
  'CONTOUR',
  'DETAIL',
  'EDGE_ENHANCE',
  'EDGE_ENHANCE_MORE',
  'EMBOSS',
  'FIND_EDGES',
  'SHARPEN',
  'SMOOTH',
  'SMOOTH_MORE',
] as const;

function filterOf(spec: FilterSpec): Filter {
  if ('builtin' in spec) {
    const name = builtins.find((known) => known === spec.builtin);
    if (!name) throw new TypeError(`Unknown filter ${spec.builtin}`);
    return ImageFilter[name];
  }
  if ('gaussian' in spec) return ImageFilter.GaussianBlur(spec.gaussian);
  if ('box' in spec) return ImageFilter.BoxBlur(spec.box);
  const [size, kernel, scale, offset] = spec.kernel;
  return ImageFilter.Kernel(size, kernel, scale ?? undefined, offset);
}

/** Calls a Python bytes → bytes function (zlib) on `data` and copies out its answer. */
function through(fn: PyCallable, data: Uint8Array): Uint8Array {
  const result = fn(data) as { destroy?(): void };
  try {
    return withBytes(result, (bytes) => bytes.slice());
  } finally {
    result.destroy?.();
  }
}

const asPixels = (pixels: Pixels) => ({ ...pixels });

export function createImageHost(workspace: WorkspaceClient | null): Record<string, unknown> {
  return {
    max_pixels: maxPixels,
    decode_png: (data: unknown, inflate: PyCallable) =>
      withBytes(data, (bytes) => asPixels(decodePngSync(bytes, (z) => through(inflate, z)))),
    decode_jpeg(data: unknown) {
      if (!workspace) throw new Error('JPEG is read through the workspace, which this browser lacks.');
      return withBytes(data, (bytes) => asPixels(workspace.decodeImage(bytes)));
    },
    /** matplotlib's savefig: the figure (JSON of a FigureSpec) as PNG bytes. */
    render_figure(figure: string) {
      if (!workspace)
        throw new Error('Figures are drawn by the workspace service, which this browser lacks.');
      return workspace.renderFigure(JSON.parse(figure) as FigureSpec);
    },
    encode_png: (width: number, height: number, mode: Mode, data: unknown, deflate: PyCallable) =>
      withBytes(data, (bytes) =>
        encodePngSync({ width, height, mode, data: bytes }, (raw) => through(deflate, raw)),
      ),
    filter: (width: number, height: number, mode: Mode, data: unknown, spec: string) =>
      withBytes(data, (bytes) =>
        applyFilter(bytes, width, height, bandsOf[mode], filterOf(JSON.parse(spec) as FilterSpec)),
      ),
  };
}
