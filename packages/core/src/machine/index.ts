export * from './codes.ts';
export * from './protect.ts';
