export { guideSchema } from './guide.ts';
export { pageSchema } from './page.ts';
export { glossarySchema } from './glossary.ts';
export { practiceSchema } from './practice.ts';
export { limitsSchema } from './limits.ts';
