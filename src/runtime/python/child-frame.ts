// What a spawned child is besides its spawn data, carried in front of its payload (the page
// passes a child's payload and shared buffers through untouched): a program that
// subprocess.run started (its script and argv), and where its output goes when a
// subprocess.run up its family captures it (two pipes, inherited by everything it starts, as
// a process's stdout and stderr are).
export interface ChildFrame {
  /** A program: the script to run as __main__ (relative to the scripts' folder), and its argv. */
  script?: string;
  argv?: string[];
  /** The pipes (run-wide ids) that take its stdout and stderr instead of the console. */
  capture?: [stdout: number, stderr: number];
}

/** "PLfr": a payload that begins with it has a frame; pickled spawn data never does (0x80). */
const magic = [0x50, 0x4c, 0x66, 0x72];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function framePayload(frame: ChildFrame, payload: Uint8Array): Uint8Array {
  const header = encoder.encode(JSON.stringify(frame));
  const out = new Uint8Array(8 + header.length + payload.length);
  out.set(magic);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  out.set(payload, 8 + header.length);
  return out;
}

export function unframePayload(payload: Uint8Array): { frame: ChildFrame; payload: Uint8Array } {
  if (payload.length < 8 || magic.some((byte, i) => payload[i] !== byte)) return { frame: {}, payload };
  const length = new DataView(payload.buffer, payload.byteOffset).getUint32(4, true);
  const frame = JSON.parse(decoder.decode(payload.subarray(8, 8 + length))) as ChildFrame;
  return { frame, payload: payload.subarray(8 + length) };
}
