// Types for the parts of page-cache-handler.mjs the site's server uses.
export function lastInvalidationAt(): number;
export function readInvalidations(): Promise<void>;
declare class PageCacheHandler {}
export default PageCacheHandler;
