import { z } from 'zod';
import { operations, type Operation } from './operations.ts';
import { problem } from './schemas.ts';

type JsonObject = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;

/** `/api/projects/:projectId` → `/api/projects/{projectId}`, and the parameters it names. */
function openApiPath(path: string): { path: string; params: string[] } {
  const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  return { path: path.replace(/:(\w+)/g, '{$1}'), params };
}

/** The query string's parameters, one per property of the operation's query schema. */
function queryParameters(query: z.ZodType): JsonObject[] {
  const schema = schemaOf(query, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operationObject(name: string, operation: Operation): JsonObject {
  const { params } = openApiPath(operation.path);
  const status = String(operation.status ?? 200);
  const success: JsonObject = { description: operation.summary };
  if (operation.response) success.content = { 'application/json': { schema: schemaOf(operation.response, 'output') } };
  else if (operation.produces) success.content = { [operation.produces]: {} };
  const result: JsonObject = {
    operationId: name,
    summary: operation.summary,
    'x-access': operation.access,
    parameters: [
      ...params.map((p) => ({ name: p, in: 'path', required: true, schema: { type: p === 'lang' ? 'string' : 'integer' } })),
      ...(operation.query ? queryParameters(operation.query) : []),
    ],
    responses: {
      [status]: success,
      default: { description: 'A refusal, with a stable code', content: { 'application/problem+json': { schema: schemaOf(problem, 'output') } } },
    },
  };
  if (operation.request) result.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(operation.request, 'input') } } };
  if (operation.upload) result.requestBody = { required: true, content: { [operation.upload]: { schema: { type: 'string', format: 'binary' } } } };
  return result;
}

/** The OpenAPI 3.1 description of every operation, generated from the zod contract. */
export function openApiDocument(version: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
    const { path } = openApiPath(operation.path);
    paths[path] ??= {};
    paths[path]![operation.method] = operationObject(name, operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tessera',
      version,
      description:
        'Translation workflow for civil-society statements. Sign in with POST /api/session; every state-changing request carries the CSRF token of GET /api/session in the X-CSRF-Token header. Errors are application/problem+json with a stable `code`.',
    },
    paths,
  };
}
