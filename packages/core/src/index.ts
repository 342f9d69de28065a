export * from './model/document.ts';
export * from './model/states.ts';
export * from './model/languages.ts';
export * from './errors/index.ts';
export * from './model/permissions.ts';
export * from './publish/index.ts';
export * from './xliff/index.ts';
