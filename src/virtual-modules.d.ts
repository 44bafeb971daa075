declare module 'virtual:runtime-types' {
  /** The runtime's declarations for the editor (see build/runtime-types.ts). */
  const files: { path: string; content: string }[];
  export default files;
}
