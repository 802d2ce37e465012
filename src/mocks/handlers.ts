import { http, HttpResponse } from 'msw';
import { fixtureIndex, fixtureModels } from './fixture-catalog';

/** Serves the fixture catalog at the paths the app fetches. Tests override single handlers for faults. */
export const catalogHandlers = [
  http.get('*/catalog/index.json', () => HttpResponse.json(fixtureIndex)),
  http.get('*/catalog/models/:file', ({ params }) => {
    const id = String(params.file).replace(/\.json$/, '');
    const model = fixtureModels.find((m) => m.id === id);
    return model ? HttpResponse.json(model) : HttpResponse.json({ error: 'not found' }, { status: 404 });
  }),
];
