import { afterEach, beforeEach, expect, test } from 'vitest';
import * as tasks from '../fixtures/tasks';
import { startTestRun, type TestRun } from '../test-support';
import { publicModules } from '../public-modules';
import { Pool, RemoteTraceback } from '../index';
import type { PublicModuleName } from '../program/contract';
import { builtinErrorClasses } from './error-classes';

const tasksUrl = new URL('../fixtures/tasks.ts', import.meta.url).href;
let run: TestRun;
beforeEach(() => {
  run = startTestRun({ [tasksUrl]: tasks });
});
afterEach(() => run.close());

const exported = Object.entries(publicModules).flatMap(([module, namespace]) =>
  Object.entries(namespace)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
    .map(([name, ErrorClass]) => ({
      module: module as PublicModuleName,
      name,
      ErrorClass: ErrorClass as typeof Error,
    })),
);
const classes: {
  module: PublicModuleName | 'builtin';
  name: string;
  ErrorClass: typeof Error | typeof AggregateError;
}[] = [
  ...builtinErrorClasses.map((ErrorClass) => ({
    module: 'builtin' as const,
    name: ErrorClass.name,
    ErrorClass,
  })),
  ...exported,
];

test('the public modules export the error classes this test sends', () => {
  expect(exported.map((e) => e.name)).toEqual(
    expect.arrayContaining([
      'TimeoutError',
      'WorkerLostError',
      'MaybeEncodingError',
      'RemoteTraceback',
      'PicklingError',
      'RuntimeError',
      'FileNotFoundError',
      'FileExistsError',
      'NotADirectoryError',
    ]),
  );
});

function expectSame(received: unknown, { module, name, ErrorClass }: (typeof classes)[number]): void {
  expect(received, name).toBeInstanceOf(ErrorClass);
  const error = received as Error & { detail?: unknown };
  expect(error.name).toBe(
    (ErrorClass === AggregateError ? new AggregateError([]) : new (ErrorClass as typeof Error)()).name,
  );
  expect(error.message).toBe(`a ${name}`);
  expect(error.detail).toEqual({ module, count: 3 });
  // The cause holds the remote stack, and under it the error's own cause, with its class.
  expect(error.cause).toBeInstanceOf(RemoteTraceback);
  let cause = error.cause as Error;
  while (cause instanceof RemoteTraceback && cause.cause !== undefined) cause = cause.cause as Error;
  expect(cause).toBeInstanceOf(RangeError);
  expect(cause.message).toBe('the cause');
}

test('every error class, built-in or exported, thrown in a worker arrives as itself', async () => {
  await using pool = new Pool(1);
  for (const entry of classes) {
    const thrown = await pool.apply(tasks.throwError, [entry.module, entry.name]).catch((e: unknown) => e);
    expectSame(thrown, entry);
  }
});

test('every error class, sent to a worker and back, arrives as itself', async () => {
  await using pool = new Pool(1);
  for (const entry of classes)
    expectSame(await pool.apply(tasks.identity, [tasks.makeError(entry.module, entry.name)]), entry);
});
