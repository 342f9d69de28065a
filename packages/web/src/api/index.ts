export { ApiError, client, onUnauthorized, setRequestLanguage } from './client.ts';
export { useResource, type Resource } from './useResource.ts';
