export { confirmLeave, isOpenToVisitors, matchRoute, navigate, paths, splitLocation, unitOfHash, useLocation, type Route } from './router.ts';
export { Link } from './Link.tsx';
export { useLeaveGuard } from './useLeaveGuard.ts';
