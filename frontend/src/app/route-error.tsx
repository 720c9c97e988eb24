import { isRouteErrorResponse, useRouteError } from 'react-router';
import {
  LazyNotFoundResult as NotFoundResult,
  LazyUnexpectedErrorResult as UnexpectedErrorResult,
} from '@/components/lazy-results';

/** The router's error element: unknown paths and errors thrown while rendering a route. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundResult />;
  console.error(error);
  return <UnexpectedErrorResult />;
}
