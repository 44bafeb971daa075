// Upload outcomes and sizes in the learner's words.
import type { Translate } from '../i18n/translate';
import type { UploadOutcome } from './upload-flow';
import { maxPixels } from '../../runtime/image/limits';
import { maxUploadBytes } from './upload-rules';

export function formatBytes(bytes: number, t: Translate): string {
  const oneDecimal = (n: number) => Math.round(n * 10) / 10;
  if (bytes < 1024) return t('bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('kilobytes', { n: oneDecimal(bytes / 1024) });
  return t('megabytes', { n: oneDecimal(bytes / (1024 * 1024)) });
}

export function megapixels(pixels: number): number {
  return Math.round(pixels / 100_000) / 10;
}

const formatNames = {
  gif: 'GIF',
  webp: 'WebP',
  bmp: 'BMP',
  pdf: 'PDF',
  zip: 'ZIP',
  png: 'PNG',
  jpeg: 'JPEG',
};

export function uploadHint(t: Translate): string {
  return t('uploadHint', { bytes: formatBytes(maxUploadBytes, t), megapixels: megapixels(maxPixels) });
}

export function describeOutcome(outcome: UploadOutcome, t: Translate): string {
  switch (outcome.status) {
    case 'uploaded':
      return t('uploaded', { path: outcome.path, ...outcome.size });
    case 'cancelled':
      return t('uploadCancelled', { name: outcome.name });
    case 'failed':
      return t('uploadFailed', { name: outcome.name, error: outcome.error });
    case 'rejected':
      break;
  }
  const { name, verdict } = outcome;
  switch (verdict.problem) {
    case 'too-large':
      return t('uploadTooLarge', {
        name,
        size: formatBytes(verdict.bytes, t),
        limit: formatBytes(maxUploadBytes, t),
      });
    case 'too-many-pixels':
      return t('uploadTooManyPixels', {
        name,
        width: verdict.size.width,
        height: verdict.size.height,
        megapixels: megapixels(verdict.size.width * verdict.size.height),
        limit: megapixels(maxPixels),
      });
    case 'bad-header':
      return t('uploadBadHeader', { name, format: formatNames[verdict.kind] });
    case 'not-image':
      if (verdict.kind === 'text') return t('uploadIsText', { name });
      if (verdict.kind === 'empty') return t('uploadIsEmpty', { name });
      if (verdict.kind === 'unknown') return t('uploadUnknown', { name });
      return t('uploadOtherFormat', { name, format: formatNames[verdict.kind] });
  }
}
