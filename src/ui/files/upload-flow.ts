// One upload, from a dropped or chosen File to a file in sample_images/: checked first (a
// refused file writes nothing), then, if its name is taken, written only as the learner says.
import type { ImageSize } from './image-size';
import { keepBothName, safeFileName, uploadFolder } from './names';
import { checkUpload, type UploadVerdict } from './upload-rules';
import { FileNotFoundError, listdir, writeFile } from '../../runtime/fs/fs';

export type OverwriteAnswer = 'replace' | 'keep-both' | 'cancel';

export type UploadOutcome =
  | { status: 'uploaded'; path: string; size: ImageSize }
  | { status: 'rejected'; name: string; verdict: Exclude<UploadVerdict, { ok: true }> }
  | { status: 'cancelled'; name: string }
  | { status: 'failed'; name: string; error: string };

export interface UploadDeps {
  /** Asks the learner what to do with a name that exists; `other` is the Keep both name. */
  askOverwrite(name: string, other: string): Promise<OverwriteAnswer>;
}

/** The names in a folder of the workspace; none while it does not exist. */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await listdir(folder);
  } catch (error) {
    if (error instanceof FileNotFoundError) return [];
    throw error;
  }
}

export async function uploadImage(file: File, deps: UploadDeps): Promise<UploadOutcome> {
  const name = safeFileName(file.name);
  try {
    const verdict = await checkUpload(file);
    if (!verdict.ok) return { status: 'rejected', name, verdict };
    let target = name;
    const taken = new Set(await namesIn(uploadFolder));
    if (taken.has(name)) {
      const other = keepBothName(name, taken);
      const answer = await deps.askOverwrite(name, other);
      if (answer === 'cancel') return { status: 'cancelled', name };
      if (answer === 'keep-both') target = other;
    }
    const path = `${uploadFolder}/${target}`;
    await writeFile(path, file);
    return { status: 'uploaded', path, size: verdict.size };
  } catch (error) {
    return { status: 'failed', name, error: error instanceof Error ? error.message : String(error) };
  }
}
