import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from './openapi.ts';
import { operations, type Operation } from './operations.ts';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
}
interface OperationObject {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

const document = openApiDocument('test');
const entries = Object.entries(operations) as [string, Operation][];

/** The OpenAPI path of an operation (`:name` → `{name}`) and the parameters it names. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const pathParameters = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
const described = (name: string, operation: Operation) => (document.paths as Record<string, Record<string, OperationObject>>)[openApiPath(operation.path)]?.[operation.method] ?? ({ operationId: `missing ${name}` } as OperationObject);
/** The property names of an object schema (zod), or null for another kind of schema. */
const keysOf = (schema: z.ZodType) => (schema instanceof z.ZodObject ? Object.keys(schema.shape).sort() : null);
const jsonKeys = (schema: Json | undefined) => Object.keys((schema?.properties as Json | undefined) ?? {}).sort();

describe('the OpenAPI document generated from the operations table', () => {
  it('is a valid OpenAPI 3.1 document for the validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is refused by the validator once broken (an operation without its responses)', async () => {
    const broken = structuredClone(document) as { paths: Record<string, Record<string, Json>> };
    delete broken.paths['/api/session']!.get!.responses;
    broken.paths['/api/session']!.get!.parameters = [{ name: 'x', in: 'nowhere' }];
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it.each(entries)('describes %s: its method and path, path parameters, query, request body and answer', (name, operation) => {
    const described_ = described(name, operation);
    expect(described_.operationId).toBe(name);

    const path = described_.parameters.filter((p) => p.in === 'path');
    expect(path.map((p) => p.name)).toEqual(pathParameters(operation.path));
    expect(path.every((p) => p.required)).toBe(true);
    const query = described_.parameters.filter((p) => p.in === 'query').map((p) => p.name).sort();
    expect(query).toEqual(operation.query ? keysOf(operation.query) : []);

    if (operation.request) {
      const schema = described_.requestBody?.content['application/json']?.schema;
      expect(schema).toBeDefined();
      if (keysOf(operation.request)) expect(jsonKeys(schema)).toEqual(keysOf(operation.request));
    } else if (operation.upload) {
      expect(Object.keys(described_.requestBody?.content ?? {})).toEqual([operation.upload]);
    } else {
      expect(described_.requestBody).toBeUndefined();
    }

    const success = described_.responses[String(operation.status ?? 200)];
    expect(success).toBeDefined();
    if (operation.response) {
      const schema = success?.content?.['application/json']?.schema;
      expect(schema).toBeDefined();
      if (keysOf(operation.response)) expect(jsonKeys(schema)).toEqual(keysOf(operation.response));
      if (operation.response instanceof z.ZodArray) expect(schema?.type).toBe('array');
    } else if (operation.produces) {
      expect(Object.keys(success?.content ?? {})).toEqual([operation.produces]);
    } else {
      expect(success?.content).toBeUndefined();
    }
    expect(Object.keys(described_.responses.default?.content ?? {})).toEqual(['application/problem+json']);
  });

  it('describes nothing but the operations of the table', () => {
    const documented = Object.values(document.paths as Record<string, Record<string, OperationObject>>).flatMap((methods) => Object.values(methods).map((o) => o.operationId));
    expect(documented.sort()).toEqual(Object.keys(operations).sort());
  });
});
