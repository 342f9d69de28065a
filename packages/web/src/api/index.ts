export { ApiError, CLIENT_ERROR, client, onUnauthorized, setRequestLanguage } from './client.ts';
export { useResource, type Resource } from './useResource.ts';
