import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { installParallelLabApi } from './ui/parallel-lab-api';
import './ui/styles.css';

installParallelLabApi();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The runtime's declarations for the editor, generated at build time; loaded with the editor,
// not before the lesson text.
const loadExtraLibs = () => import('virtual:runtime-types').then((module) => module.default);

createRoot(root).render(
  <StrictMode>
    <App loadExtraLibs={loadExtraLibs} />
  </StrictMode>,
);
