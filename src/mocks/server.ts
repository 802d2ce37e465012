import { setupServer } from 'msw/node';
import { catalogHandlers } from './handlers';

export const server = setupServer(...catalogHandlers);
