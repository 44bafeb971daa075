/** Apple keyboards name shortcuts differently (⌘ for Ctrl; Monaco's Tab focus key is ⌃⇧M). */
export function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad|iPod/.test(navigator.userAgent);
}
