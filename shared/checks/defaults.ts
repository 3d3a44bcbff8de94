/** Default headline limit, in characters. */
export const DEFAULT_HEADLINE_LIMIT = 70;
