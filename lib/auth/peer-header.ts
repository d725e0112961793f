/**
 * How scripts/server.ts hands the socket's address to the app. The server
 * overwrites this header on every request (so a client cannot supply it) and
 * sets the marker on globalThis, which only code in the same process can do:
 * lib/auth/request-meta.ts believes the header only when the marker is set.
 * No imports, so the server can load it without the app's modules.
 */
export const PEER_HEADER = "x-aigov-peer-address";
export const PEER_MARKER = Symbol.for("aigov.peerAddressHeader");
