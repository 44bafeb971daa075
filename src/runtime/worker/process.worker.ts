// Every child process (a Process, or a Pool worker) runs this script.
import { expose } from 'comlink';
import { installPublicModules } from '../public-modules';
import { installWireHandlers } from '../wire/handlers';
import { createProcessApi } from './process-api';
import { serveTasks } from './pool-tasks';

installWireHandlers();
installPublicModules();
expose(createProcessApi());
serveTasks();
