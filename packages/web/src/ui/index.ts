export { ErrorFor, ErrorNotice, Loading } from './notices.tsx';
