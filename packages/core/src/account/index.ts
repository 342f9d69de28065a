export * from './deviceSummary.ts';
export * from './lastCoordinator.ts';
export * from './frozenCredits.ts';
