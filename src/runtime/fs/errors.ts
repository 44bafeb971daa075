// The file system's errors: Python's FileNotFoundError / FileExistsError / NotADirectoryError,
// by the same names ("parallel/fs" exports them).
export class FileNotFoundError extends Error {
  override name = 'FileNotFoundError';
}
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}
export class NotADirectoryError extends Error {
  override name = 'NotADirectoryError';
}
