/** Ids that stay unique on a page however often a component renders there (for aria-describedby and the like). */
let counter = 0;

export const nextUniqueId = (prefix: string) => `${prefix}-${++counter}`;
