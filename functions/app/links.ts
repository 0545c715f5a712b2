/** How long a one-click link in a nudge stays valid: long enough to act on an old nudge. */
export const LINK_TTL_DAYS = 30;
