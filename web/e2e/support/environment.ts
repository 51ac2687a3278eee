/** What run.mjs hands to the specs: where the product runs, the demo password and the browser to drive. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run e2e -w web\`.`);
  return value;
}

export const baseUrl = required('E2E_BASE_URL');
export const demoPassword = required('E2E_PASSWORD');
export const chromiumPath = required('E2E_CHROMIUM_PATH');

/** The demo accounts the product seeds (SEED_DEMO=true). */
export const demoAccounts = {
  ministryOwner: 'owner@demo.org',
  ngoEditor: 'editor@demo.org',
  opdContributor: 'contributor@demo.org',
  donorViewer: 'viewer@demo.org',
} as const;

/** The seeded demo plan's title starts with this. */
export const demoPlanTitle = /^Veloria:/;
