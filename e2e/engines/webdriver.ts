// A small client of the W3C WebDriver protocol (classic), for the engines Playwright does not
// drive here: WebKitGTK through WebKitWebDriver (HTTP), and Firefox through Marionette (the TCP
// protocol geckodriver itself speaks; Debian ships no geckodriver). Only what the engine tests
// use: a session, a page, and scripts that return JSON.
import net from 'node:net';

/** A WebDriver command by its W3C name, with its parameters. */
export type Command =
  | { name: 'NewSession'; params: { capabilities: Record<string, unknown> } }
  | { name: 'SetTimeouts'; params: { script?: number; pageLoad?: number } }
  | { name: 'Navigate'; params: { url: string } }
  | { name: 'ExecuteAsyncScript'; params: { script: string; args: unknown[] } }
  | { name: 'DeleteSession'; params: Record<string, never> };

export interface Transport {
  send(command: Command): Promise<unknown>;
  close(): void;
}

export class WebDriverError extends Error {
  override name = 'WebDriverError';
}

function failure(error: { error?: string; message?: string }): WebDriverError {
  return new WebDriverError(`${error.error ?? 'error'}: ${error.message ?? ''}`);
}

function isWrapped(result: unknown): result is { value: unknown } {
  return typeof result === 'object' && result !== null && Object.keys(result).join() === 'value';
}

/** The W3C HTTP binding (WebKitWebDriver, chromedriver…). */
export class HttpTransport implements Transport {
  #session: string | null = null;
  constructor(private readonly base: string) {}

  async send(command: Command): Promise<unknown> {
    const session = `/session/${this.#session}`;
    const [method, path, body]: [string, string, unknown] = (() => {
      switch (command.name) {
        case 'NewSession':
          return ['POST', '/session', { capabilities: { alwaysMatch: command.params.capabilities } }];
        case 'SetTimeouts':
          return ['POST', `${session}/timeouts`, command.params];
        case 'Navigate':
          return ['POST', `${session}/url`, command.params];
        case 'ExecuteAsyncScript':
          return ['POST', `${session}/execute/async`, command.params];
        case 'DeleteSession':
          return ['DELETE', session, undefined];
      }
    })();
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const { value } = (await response.json()) as { value: { error?: string; sessionId?: string } | null };
    if (value && typeof value === 'object' && 'error' in value) throw failure(value);
    if (command.name === 'NewSession') this.#session = value?.sessionId ?? null;
    return value;
  }

  close(): void {}
}

/**
 * Marionette: length-prefixed JSON over TCP ("41:[0,1,\"WebDriver:Navigate\",{…}]"), commands
 * named "WebDriver:…" with the W3C parameters, replies [1, id, error, result].
 */
export class MarionetteTransport implements Transport {
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      for (let packet = this.#take(); packet !== null; packet = this.#take()) {
        if (!Array.isArray(packet)) continue; // the greeting: {"applicationType":"gecko",…}
        const [, id, error, result] = packet as [
          1,
          number,
          { error: string; message: string } | null,
          unknown,
        ];
        const waiting = this.#pending.get(id);
        this.#pending.delete(id);
        if (error) waiting?.reject(failure(error));
        // A command's value comes wrapped as {value}, as in the HTTP binding's body.
        else waiting?.resolve(isWrapped(result) ? result.value : result);
      }
    });
    socket.on('close', () => {
      for (const waiting of this.#pending.values()) waiting.reject(new WebDriverError('Marionette closed'));
      this.#pending.clear();
    });
  }

  /** Connects once Firefox listens (it opens the port a moment after it starts). */
  static async connect(port: number, timeoutMs: number): Promise<MarionetteTransport> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const socket = await new Promise<net.Socket | null>((resolve) => {
        const s = net.connect(port, '127.0.0.1');
        s.once('connect', () => resolve(s));
        s.once('error', () => resolve(null));
      });
      if (socket) return new MarionetteTransport(socket);
      if (Date.now() > deadline) throw new WebDriverError(`Marionette did not listen on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  #take(): unknown {
    const colon = this.#buffer.indexOf(':');
    if (colon < 0) return null;
    const length = Number(this.#buffer.subarray(0, colon).toString());
    if (this.#buffer.length < colon + 1 + length) return null;
    const json = this.#buffer.subarray(colon + 1, colon + 1 + length).toString();
    this.#buffer = this.#buffer.subarray(colon + 1 + length);
    return JSON.parse(json);
  }

  send(command: Command): Promise<unknown> {
    const id = this.#nextId++;
    // Marionette takes the capabilities themselves as NewSession's parameters.
    const params = command.name === 'NewSession' ? command.params.capabilities : command.params;
    const json = Buffer.from(JSON.stringify([0, id, `WebDriver:${command.name}`, params]));
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.socket.write(`${json.length}:`);
      this.socket.write(json);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** One WebDriver session: a page, and scripts run in it. */
export class WebDriverSession {
  constructor(private readonly transport: Transport) {}

  /** Resolves with the capabilities the browser accepted (browserName, browserVersion…). */
  async start(capabilities: Record<string, unknown>): Promise<Record<string, unknown>> {
    const created = (await this.transport.send({ name: 'NewSession', params: { capabilities } })) as {
      capabilities: Record<string, unknown>;
    };
    // A lesson run waits for its programs; the engine tests set their own time limits.
    await this.transport.send({ name: 'SetTimeouts', params: { script: 30 * 60_000, pageLoad: 120_000 } });
    return created.capabilities;
  }

  async navigate(url: string): Promise<void> {
    await this.transport.send({ name: 'Navigate', params: { url } });
  }

  /**
   * Runs `source`, a function expression, with `args` in the page and resolves with what it
   * resolves to. Values travel as JSON text, so each engine's own serialization never matters.
   */
  async evaluate(source: string, args: unknown[]): Promise<unknown> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve()
        .then(() => (${source})(...JSON.parse(arguments[0])))
        .then(
          (value) => done(JSON.stringify({ value: value === undefined ? null : value })),
          (error) => done(JSON.stringify({ error: String(error), stack: String(error && error.stack) })),
        );`;
    const reply = await this.transport.send({
      name: 'ExecuteAsyncScript',
      params: { script, args: [JSON.stringify(args)] },
    });
    const result = JSON.parse(String(reply)) as { value: unknown } | { error: string; stack: string };
    if ('error' in result) throw new WebDriverError(`In the page: ${result.error}\n${result.stack}`);
    return result.value;
  }

  async end(): Promise<void> {
    await this.transport.send({ name: 'DeleteSession', params: {} }).catch(() => {});
    this.transport.close();
  }
}
