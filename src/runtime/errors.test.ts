import { expect, test } from 'vitest';
import { errorText, learnerStack } from './errors';

test('a stack of frames only, as SpiderMonkey and JavaScriptCore write it, starts with the message', () => {
  const error = new TypeError('no such file');
  error.stack = 'open@blob:http://x/1:3:9\nmodule code@blob:http://x/1:8:1\nPr@http://x/assets/w.js:9:30983';
  expect(learnerStack(error)?.split('\n')[0]).toBe('TypeError: no such file');
});

test('a V8 stack keeps its own first line', () => {
  const error = new RangeError('too big');
  expect(learnerStack(error)?.split('\n')[0]).toBe('RangeError: too big');
  expect(learnerStack(error)?.match(/too big/g)).toHaveLength(1);
});

test('an error with an empty stack is shown by its name and message', () => {
  const error = new RangeError('too far');
  error.stack = '';
  expect(errorText(error)).toBe('RangeError: too far');
});
