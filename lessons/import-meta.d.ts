// Lesson programs see what the sandbox gives every learner module (the editor gets the same
// declaration from build/runtime-types.ts).
interface ImportMeta {
  /** True only in the entry file of the main process (Python's `if __name__ == "__main__":`). */
  readonly main: boolean;
}
