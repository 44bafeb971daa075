import { crc32, deflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number): Buffer {
  const body = Buffer.alloc(13);
  body.writeUInt32BE(width, 0);
  body.writeUInt32BE(height, 4);
  body.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return chunk('IHDR', body);
}

/** A valid RGB PNG of one colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    signature,
    ihdr(width, height),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A 10000×10000 PNG: a correct header and the start of a zlib stream. The panel reads only the
 * header, so the 300 MB of pixels need not be there.
 */
export function hugePng(): Buffer {
  const firstRows = deflateSync(Buffer.alloc(1 + 10_000 * 3));
  return Buffer.concat([
    signature,
    ihdr(10_000, 10_000),
    chunk('IDAT', firstRows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function filesPanel(page: Page): Locator {
  return page.getByTestId('files');
}

export interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Uploads through the "Upload images" button (named in the page's language) and its file chooser. */
export async function uploadByButton(page: Page, button: string, ...files: Upload[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await filesPanel(page).getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
}

/** Every file of the workspace (OPFS) with the SHA-256 of its bytes, read in the page. */
export async function workspaceDigests(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer();
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
          out[prefix + name] = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
        }
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await root.getDirectoryHandle('workspace', { create: true }), '');
    return out;
  });
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/** The row of a file or folder in the tree. */
export function row(page: Page, path: string): Locator {
  return filesPanel(page).locator(`.file-tree li[data-path="${path}"]`);
}

export async function expectImageShown(image: Locator, width: number): Promise<void> {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(width);
}
