// For the tests: the Pillow reference files in fixtures/pillow/ (docs/reference/pillow-filters.md),
// inputs and Pillow 9.4's outputs, as Pillow wrote them.
import manifest from './fixtures/pillow/manifest.json';

export { manifest };

const fixtureUrls = import.meta.glob<string>('./fixtures/pillow/**/*.png', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The bytes of `file` (a path under fixtures/pillow/, such as "inputs/noise_31x17_seed2.png"). */
export async function fixture(file: string): Promise<Uint8Array> {
  const url = fixtureUrls[`./fixtures/pillow/${file}`];
  if (!url) throw new Error(`No fixture ${file}`);
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/** Every reference file, inputs and outputs. */
export const fixtureFiles = manifest.inputs.flatMap((input) => [
  input.file,
  ...Object.values(input.outputs).map((output) => output.file),
]);
