// Every child process (a Process, or a Pool worker) runs this script.
import { expose } from 'comlink';
import { installPublicModules } from '../public-modules';
import { createProcessApi, serveTasks } from './process-api';

installPublicModules();
expose(createProcessApi());
serveTasks();
