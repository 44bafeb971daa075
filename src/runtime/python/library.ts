// Our Python sources (lib/**/*.py): multiprocessing, numpy and the process runner, kept as real
// .py files and written into each interpreter's file system, ahead of the standard library.
import type { PyodideAPI } from 'pyodide';

const sources = import.meta.glob<string>('./lib/**/*.py', { query: '?raw', import: 'default', eager: true });

export const libraryPath = '/lib/parallel_lab';

export function installLibrary(py: PyodideAPI): void {
  for (const [file, source] of Object.entries(sources)) {
    const path = `${libraryPath}/${file.slice('./lib/'.length)}`;
    py.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    py.FS.writeFile(path, source);
  }
}

/** Puts our modules ahead of the standard library on sys.path (a snapshot keeps it there). */
export const libraryOnPath = `import sys\nsys.path.insert(0, ${JSON.stringify(libraryPath)})\n`;

/**
 * Imported before the memory snapshot is taken, so every process starts with them loaded:
 * what the lab's scripts import, and what multiprocessing needs to spawn a child.
 */
const snapshotModules = `
import multiprocessing, multiprocessing.pool, multiprocessing.synchronize, multiprocessing.sharedctypes
import multiprocessing.queues, multiprocessing.spawn, multiprocessing.util, multiprocessing.reduction
import multiprocessing.popen_spawn_posix, _multiprocessing, _lab_process, numpy
import pickle, traceback, functools, random, json, runpy, pkgutil, io, time, os, array, itertools, collections
import multiprocessing._records, multiprocessing.connection, subprocess, zlib, struct, _lab_subprocess
import PIL.Image, PIL.ImageFilter
`;

/**
 * Makes `py`, just booted the slow way, what every snapshot holds: our modules on sys.path and
 * imported. The page's first interpreter and the build's snapshot (snapshot-maker.ts) both do
 * this, so an interpreter is the same whichever snapshot it starts from.
 */
export function importForSnapshot(py: PyodideAPI): void {
  py.runPython(`${libraryOnPath}${snapshotModules}`);
}
