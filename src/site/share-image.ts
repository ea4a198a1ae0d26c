/**
 * The share picture of a page, as `getImage` options: a 1200 px JPEG, which preview crawlers
 * (WeChat, Weibo, social sites) and feed readers read everywhere, WebP not always. The page's
 * Open Graph tags and the story feed ask for the same options, so the build writes one file.
 */
export const SHARE_IMAGE = { width: 1200, format: 'jpg', quality: 80 } as const;
