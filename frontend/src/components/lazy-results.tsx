import { type ComponentType, lazy } from 'react';
import { AntdScope } from './antd-scope';

// The result pages (antd's Result) as the shell and the sign-in use them: fetched with antd when one is
// shown, so the first load of a phone carries none of them.
function inAntd<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(() => load().then((Component) => ({ default: Component })));
  return function InAntd(props: P) {
    return (
      <AntdScope>
        <Lazy {...props} />
      </AntdScope>
    );
  };
}

export const LazyQueryErrorResult = inAntd(() =>
  import('./query-error-result').then((m) => m.QueryErrorResult),
);
export const LazyForbiddenResult = inAntd(() => import('./forbidden-result').then((m) => m.ForbiddenResult));
export const LazyNotFoundResult = inAntd(() => import('./not-found-result').then((m) => m.NotFoundResult));
export const LazyNoUnitResult = inAntd(() => import('./no-unit-result').then((m) => m.NoUnitResult));
export const LazyNetworkErrorResult = inAntd(() =>
  import('./network-error-result').then((m) => m.NetworkErrorResult),
);
export const LazyUnexpectedErrorResult = inAntd(() =>
  import('./unexpected-error-result').then((m) => m.UnexpectedErrorResult),
);
export const LazySignInUnavailableResult = inAntd(() =>
  import('./sign-in-unavailable-result').then((m) => m.SignInUnavailableResult),
);
