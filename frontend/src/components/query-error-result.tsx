import { isApiError, isNetworkError, problemText } from '@/lib/api-error';
import { ForbiddenResult } from './forbidden-result';
import { NetworkErrorResult } from './network-error-result';
import { NotFoundResult } from './not-found-result';
import { UnexpectedErrorResult } from './unexpected-error-result';

/** The friendly page for a failed load: 404 → not found, 403 → forbidden, no answer → retry. */
export function QueryErrorResult({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error, 404)) return <NotFoundResult />;
  if (isApiError(error, 403)) return <ForbiddenResult />;
  if (isNetworkError(error)) return <NetworkErrorResult onRetry={onRetry} />;
  return <UnexpectedErrorResult detail={problemText(error)} />;
}
