// Every child process (a Process, or a Pool worker) runs this script.
import { expose } from 'comlink';
import { installPublicModules } from '../public-modules';
import { installWireHandlers } from '../wire/handlers';
import { createProcessApi, serveTasks } from './process-api';

installWireHandlers();
installPublicModules();
expose(createProcessApi());
serveTasks();
