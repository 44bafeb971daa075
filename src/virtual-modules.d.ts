declare module 'virtual:runtime-types' {
  /** The runtime's declarations for the editor (see build/runtime-types.ts). */
  const files: { path: string; content: string }[];
  export default files;
}

declare module 'virtual:python-snapshot' {
  /** Where the build's gzipped memory snapshot of Python is, or null (build/python-snapshot.ts). */
  const url: string | null;
  export default url;
}

declare module '*?as-wasm' {
  /** The WebAssembly module compiled from an AssemblyScript file (see build/assemblyscript.ts). */
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}

declare module 'pyodide/pyodide.asm.mjs?url' {
  const url: string;
  export default url;
}
