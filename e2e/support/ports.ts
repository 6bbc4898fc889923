/**
 * The ports the e2e preview servers listen on. Set E2E_PORT to run beside other checkouts: the real build is
 * served on E2E_PORT, the base-path build on E2E_PORT + 1 and the fixture site on E2E_PORT + 2.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4321);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const BASE_PATH_PORT = PORT + 1;
export const FIXTURE_PORT = PORT + 2;
