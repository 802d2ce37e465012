import { setupWorker } from 'msw/browser';
import { catalogHandlers } from './handlers';

export const worker = setupWorker(...catalogHandlers);
