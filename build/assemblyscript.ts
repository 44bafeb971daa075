// `import bytes from './x.ts?as-wasm'` compiles an AssemblyScript file to WebAssembly (with SIMD)
// and gives its bytes. The module is small (under 1 KB), so it is inlined: a worker compiles it
// synchronously, with no request and no asset path to get right under a base path.
import asc from 'assemblyscript/asc';
import type { Plugin } from 'vite';

const query = '?as-wasm';

export function assemblyScript(): Plugin {
  return {
    name: 'parallel-lab:assemblyscript',
    async load(id) {
      if (!id.endsWith(query)) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      let binary: Uint8Array | null = null;
      const stderr = asc.createMemoryStream();
      const { error } = await asc.main(
        [
          file,
          '--outFile',
          'module.wasm',
          '-O3',
          '--runtime',
          'stub',
          '--noAssert',
          '--enable',
          'simd',
          '--importMemory',
        ],
        {
          stderr,
          writeFile: (name, contents) => {
            if (name.endsWith('.wasm') && typeof contents !== 'string') binary = contents;
          },
        },
      );
      if (error || !binary) this.error(`AssemblyScript could not compile ${file}:\n${stderr.toString()}`);
      const base64 = Buffer.from(binary as Uint8Array).toString('base64');
      return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));`;
    },
  };
}
