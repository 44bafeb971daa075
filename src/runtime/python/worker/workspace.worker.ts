// The page's workspace service (workspace/service.ts): it is given one port per Python process.
import { serve } from '../workspace/service';

self.onmessage = (event: MessageEvent<{ port: MessagePort }>) => serve(event.data.port);
