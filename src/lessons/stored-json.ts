// localStorage can be full, disabled (some private windows) or hold something an older version
// wrote. Reads and writes go through here so none of that ever breaks the page: a failed read
// is "nothing saved", a failed write is reported to the caller, which tells the learner.

export function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON; false when the browser refused (quota, storage disabled). */
export function writeJson(storage: Storage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove either.
  }
}
