// The floor for a message round trip: a worker that answers every message at once.
self.onmessage = (event: MessageEvent) => self.postMessage(event.data);
