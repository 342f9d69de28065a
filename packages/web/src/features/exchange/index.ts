export { XliffExchange } from './XliffExchange.tsx';
