// Prerender every page; `/server-rendered/` becomes server-rendered/index.html.
export const prerender = true;
export const trailingSlash = 'always';
