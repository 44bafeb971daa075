// A folder of the workspace as a .zip, built with fflate (loaded on first use: most learners
// never download a folder). PNG and JPEG are already compressed, so they are stored as they
// are; text is deflated. Between files the page gets a turn, so zipping a folder of large
// images never blocks it for long.
import { openFile } from '../../runtime/fs/workspace';
import { filesOf, type WorkspaceFolder } from './workspace-tree';

const stored = /\.(png|jpe?g|gif|webp|zip)$/i;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Entries are named from the folder down: "processed_images/sample_1_blurred.png". */
export async function zipFolder(folder: WorkspaceFolder): Promise<Blob> {
  const { Zip, ZipDeflate, ZipPassThrough } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  // Entry names start at the folder itself; for the whole workspace, at its top.
  const prefix = folder.path ? folder.path.slice(0, folder.path.length - folder.name.length) : '';
  for (const file of filesOf(folder)) {
    const bytes = new Uint8Array(await (await openFile(file.path)).arrayBuffer());
    const name = file.path.slice(prefix.length);
    const entry = stored.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    entry.mtime = file.lastModified;
    zip.add(entry);
    entry.push(bytes, true);
    if (failure) throw failure;
    await nextTask();
  }
  zip.end();
  if (failure) throw failure;
  if (!finished) throw new Error('The zip file did not finish.');
  return new Blob(chunks as BlobPart[], { type: 'application/zip' });
}
