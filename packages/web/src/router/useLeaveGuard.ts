import { useEffect, useRef } from 'react';
import { addLeaveGuard } from './router.ts';

/** Asks `question` before the user leaves the page while `question` is not null. */
export function useLeaveGuard(question: string | null): void {
  const current = useRef(question);
  useEffect(() => {
    current.current = question;
  });
  useEffect(() => addLeaveGuard(() => current.current), []);
}
