export { ApiError, call, client, hrefOf, onUnauthorized, setRequestLanguage, type InputOf, type OutputOf } from './client.ts';
export { useResource, type Resource } from './useResource.ts';
