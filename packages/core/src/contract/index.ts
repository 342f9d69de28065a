/** The HTTP contract between server and web app: schemas, operations, paths. */
export * from './schemas.ts';
export * from './publicationSchemas.ts';
export * from './mailSchemas.ts';
export * from './accountSchemas.ts';
export * from './inviteSchemas.ts';
export * from './glossarySchemas.ts';
export * from './machineSchemas.ts';
export { api, pages } from './routes.ts';
export { SIGNATORY_ORDERS, type SignatoryOrder } from '../publish/signatoryOrder.ts';
export { operations, pathOf, type Operation, type OperationName, type QueryOf, type RequestOf, type ResponseOf } from './operations.ts';
export { openApiDocument } from './openapi.ts';
