import { beginSignIn, returningFromSignIn } from '@/lib/keycloak-session';

// The entry holds only the sign-in: a visitor without a session is on Keycloak's page before the
// application is downloaded. Back from Keycloak with a code, the application downloads while the code
// is exchanged for tokens, and so do the first words and the page that was opened.
const application = () => import('./mount');
if (returningFromSignIn()) void application().then(({ prepare }) => prepare());
void beginSignIn()
  .catch(() => undefined) // the application shows why the sign-in could not start
  .then((auth) => application().then(({ mount }) => mount(auth)));
