export { ApiError, client, onUnauthorized, setRequestLanguage, type ListedProject } from './client.ts';
export { useResource, type Resource } from './useResource.ts';
